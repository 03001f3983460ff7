/** Error messages of the audit trail and of soft delete and restore, merged into ERROR_MESSAGES and FIELD_NAMES. */
export const AUDIT_MESSAGES = {
  'zh-CN': {
    'record.notDeleted': '该记录未被删除，无需恢复',
    'company.deleteInUse': '企业仍有{{what}}，请先处理后再删除',
    'audit.appendOnly': '审计日志只能追加，不能修改或删除',
    'audit.export.sheet': '审计日志',
    'audit.export.at': '时间',
    'audit.export.actor': '操作人',
    'audit.export.operation': '操作',
    'audit.export.action': '变更',
    'audit.export.entity': '数据',
    'audit.export.entityId': '数据ID',
    'audit.export.record': '所属记录',
    'audit.export.recordId': '记录ID',
    'audit.export.before': '变更前',
    'audit.export.after': '变更后',
    'audit.export.address': '来源地址',
    'audit.export.request': '请求ID',
  },
  en: {
    'record.notDeleted': 'This record is not deleted: there is nothing to restore',
    'company.deleteInUse': 'The company still has {{what}}: deal with them before deleting it',
    'audit.appendOnly': 'The audit trail can only be added to, never changed or deleted',
    'audit.export.sheet': 'Audit log',
    'audit.export.at': 'Time',
    'audit.export.actor': 'User',
    'audit.export.operation': 'Operation',
    'audit.export.action': 'Change',
    'audit.export.entity': 'Data',
    'audit.export.entityId': 'Data ID',
    'audit.export.record': 'Record',
    'audit.export.recordId': 'Record ID',
    'audit.export.before': 'Before',
    'audit.export.after': 'After',
    'audit.export.address': 'Address',
    'audit.export.request': 'Request ID',
  },
};

export const AUDIT_FIELDS = {
  'zh-CN': { recordType: '记录类型', recordId: '记录', actorId: '操作人', deletedAt: '删除时间', deletedBy: '删除人' },
  en: { recordType: 'record type', recordId: 'record', actorId: 'user', deletedAt: 'deleted at', deletedBy: 'deleted by' },
};
