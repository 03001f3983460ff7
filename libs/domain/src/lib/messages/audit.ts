/** Error messages of the audit trail and of soft delete and restore, merged into ERROR_MESSAGES and FIELD_NAMES. */
export const AUDIT_MESSAGES = {
  'zh-CN': {
    'record.notDeleted': '该记录未被删除，无需恢复',
    'company.deleteInUse': '企业仍有{{what}}，请先处理后再删除',
    'audit.appendOnly': '审计日志只能追加，不能修改或删除',
  },
  en: {
    'record.notDeleted': 'This record is not deleted: there is nothing to restore',
    'company.deleteInUse': 'The company still has {{what}}: deal with them before deleting it',
    'audit.appendOnly': 'The audit trail can only be added to, never changed or deleted',
  },
};

export const AUDIT_FIELDS = {
  'zh-CN': { recordType: '记录类型', recordId: '记录', actorId: '操作人', deletedAt: '删除时间', deletedBy: '删除人' },
  en: { recordType: 'record type', recordId: 'record', actorId: 'user', deletedAt: 'deleted at', deletedBy: 'deleted by' },
};
