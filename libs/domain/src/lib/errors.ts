/**
 * Error codes the API answers with (in `extensions.code`) and their messages in each interface language.
 * The API picks the language from the request; the web client shows the message as it comes.
 */
import { COMPANIES_FIELDS, COMPANIES_MESSAGES } from './messages/companies';
import { IMPORTS_FIELDS, IMPORTS_MESSAGES } from './messages/imports';
import { LEADS_FIELDS, LEADS_MESSAGES } from './messages/leads';
import { PROJECTS_FIELDS, PROJECTS_MESSAGES } from './messages/projects';
import { TARGETS_FIELDS, TARGETS_MESSAGES } from './messages/targets';
import { MEETINGS_FIELDS, MEETINGS_MESSAGES } from './messages/meetings';
import { ACCOUNTS_FIELDS, ACCOUNTS_MESSAGES } from './messages/accounts';
import { AUDIT_FIELDS, AUDIT_MESSAGES } from './messages/audit';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The account's password was set by an admin or the seed: nothing but changing it (or signing out) until it is. */
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  /** The database cannot be reached (down, restarting, refusing connections): try again later. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** Picks the interface language from an Accept-Language header; Chinese unless English is preferred. */
export function pickLanguage(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return DEFAULT_LANGUAGE;
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : DEFAULT_LANGUAGE;
}

const CORE_MESSAGES: Record<Language, Record<string, string>> = {
  'zh-CN': {
    'auth.invalidCredentials': '用户名或密码错误',
    'auth.required': '请先登录',
    'auth.forbidden': '您没有执行此操作的权限',
    'auth.inactive': '该账号已停用',
    'auth.accountLocked': '该账号登录失败次数过多，请{{minutes}}分钟后再试',
    'request.malformed': '请求格式错误：{{detail}}',
    'request.invalid': '请求不符合接口定义：{{detail}}',
    'request.tooComplex': '请求过于复杂，请简化后重试',
    'request.limit.depth': '请求嵌套层数过多（最多{{max}}层），请简化后重试',
    'request.limit.aliases': '请求中的别名过多（最多{{max}}个），请简化后重试',
    'request.limit.directives': '请求中的指令过多（最多{{max}}个），请简化后重试',
    'request.limit.cost': '请求过于复杂（复杂度上限{{max}}），请简化后重试',
    'request.tooMany': '请求过于频繁，请稍后再试',
    'request.tooLarge': '请求内容过大，不能超过 {{maxMb}} MB',
    'request.notJson': '请求正文不是有效的 JSON',
    'input.invalid': '输入有误：{{detail}}',
    'input.required': '{{field}}不能为空',
    'input.tooLong': '{{field}}不能超过{{max}}个字符',
    'input.controlCharacter': '{{field}}不能包含控制字符',
    'input.tooShort': '{{field}}不能少于{{min}}个字符',
    'input.badDate': '{{field}}必须是有效日期（YYYY-MM-DD）',
    'input.badDecimal': '{{field}}必须是数字',
    'input.badFormat': '{{field}}格式不正确',
    'input.badId': '{{field}}不是有效的编号',
    'input.badEnum': '{{field}}的取值无效',
    'input.dateRange': '失效日期不能早于生效日期',
    'input.range': '{{field}}应在{{min}}到{{max}}之间',
    'notFound.chain': '找不到该产业链',
    'notFound.user': '找不到该用户',
    'notFound.department': '找不到该部门',
    'notFound.task': '找不到该工作任务',
    'notFound.policy': '找不到该政策',
    'notFound.node': '找不到该图谱节点',
    'notFound.edge': '找不到该连线',
    'chainMap.cycle': '不能把节点移到它自己或它的下级节点之下',
    'chainMap.otherChain': '连线两端和上级节点都必须属于同一产业链图谱',
    'chainMap.nameTaken': '本图谱已有名为“{{name}}”的节点',
    'chainMap.edgeExists': '这条连线已经存在',
    'chainMap.selfEdge': '连线不能从一个节点连到它自己',
    'chainMap.hasChildren': '节点“{{name}}”还有下级节点：{{items}}。请先移走或删除它们',
    'chainMap.inUse': '节点“{{name}}”仍关联着{{items}}。请指定一个节点，把它们转移过去后再删除',
    'chainMap.reassignInvalid': '只能转移到同一图谱中的另一个节点',
    'chainMap.attachment.company': '企业“{{name}}”',
    'chainMap.attachment.lead': '线索“{{name}}”',
    'chainMap.attachment.project': '项目“{{name}}”',
    'chainMap.attachment.prospect': '目标企业“{{name}}”',
    'company.reference.project': '项目{{count}}个',
    'chain.leaderRole': '链长必须是区领导或链长角色的用户',
    'chain.nameTaken': '已存在同名产业链“{{name}}”',
    'chain.codeTaken': '产业链代码“{{code}}”已被使用',
    'user.inactive': '用户“{{name}}”已停用，不能担任链长',
    'conflict.stale': '数据已被他人修改，请刷新后重试',
    'database.unavailable': '数据库暂时无法访问，请稍后再试',
    'internal': '服务器内部错误，请稍后再试',
  },
  en: {
    'auth.invalidCredentials': 'Wrong username or password',
    'auth.required': 'Please sign in first',
    'auth.forbidden': 'You are not allowed to do this',
    'auth.inactive': 'This account is disabled',
    'auth.accountLocked': 'Too many failed sign-ins for this account; please try again in {{minutes}} min',
    'request.malformed': 'Malformed request: {{detail}}',
    'request.invalid': 'The request does not match the API: {{detail}}',
    'request.tooComplex': 'The request is too complex; please simplify it',
    'request.limit.depth': 'The request is nested too deeply (at most {{max}} levels); please simplify it',
    'request.limit.aliases': 'The request has too many aliases (at most {{max}}); please simplify it',
    'request.limit.directives': 'The request has too many directives (at most {{max}}); please simplify it',
    'request.limit.cost': 'The request is too complex (cost limit {{max}}); please simplify it',
    'request.tooMany': 'Too many requests; please try again later',
    'request.tooLarge': 'The request is too large: at most {{maxMb}} MB',
    'request.notJson': 'The request body is not valid JSON',
    'input.invalid': 'Invalid input: {{detail}}',
    'input.required': '{{field}} must not be empty',
    'input.tooLong': '{{field}} must be at most {{max}} characters',
    'input.controlCharacter': '{{field}} must not contain control characters',
    'input.tooShort': '{{field}} must be at least {{min}} characters',
    'input.badDate': '{{field}} must be a valid date (YYYY-MM-DD)',
    'input.badDecimal': '{{field}} must be a number',
    'input.badFormat': '{{field}} is not in the right format',
    'input.badId': '{{field}} is not a valid id',
    'input.badEnum': '{{field}} has an invalid value',
    'input.dateRange': 'The end date must not be before the start date',
    'input.range': '{{field}} must be between {{min}} and {{max}}',
    'notFound.chain': 'Industry chain not found',
    'notFound.user': 'User not found',
    'notFound.department': 'Department not found',
    'notFound.task': 'Work-plan task not found',
    'notFound.policy': 'Policy not found',
    'notFound.node': 'Chain-map node not found',
    'notFound.edge': 'Edge not found',
    'chainMap.cycle': 'A node cannot be moved under itself or one of its descendants',
    'chainMap.otherChain': 'Both ends of an edge, and a parent node, must belong to the same chain map',
    'chainMap.nameTaken': 'This map already has a node named "{{name}}"',
    'chainMap.edgeExists': 'This edge already exists',
    'chainMap.selfEdge': 'An edge cannot connect a node to itself',
    'chainMap.hasChildren': 'Node "{{name}}" still has sub-nodes: {{items}}. Move or delete them first',
    'chainMap.inUse': 'Node "{{name}}" still has {{items}}. Choose a node to move them to, then delete',
    'chainMap.reassignInvalid': 'They can only be moved to another node of the same map',
    'chainMap.attachment.company': 'company "{{name}}"',
    'chainMap.attachment.lead': 'lead "{{name}}"',
    'chainMap.attachment.project': 'project "{{name}}"',
    'chainMap.attachment.prospect': 'prospect "{{name}}"',
    'company.reference.project': 'projects: {{count}}',
    'chain.leaderRole': 'A chain leader must be a user with the district-leader or chain-leader role',
    'chain.nameTaken': 'An industry chain named "{{name}}" already exists',
    'chain.codeTaken': 'The chain code "{{code}}" is already in use',
    'user.inactive': 'User "{{name}}" is disabled and cannot lead a chain',
    'conflict.stale': 'Someone else changed this; reload and try again',
    'database.unavailable': 'The database is unavailable right now; please try again later',
    'internal': 'Internal server error; please try again later',
  },
};

const CORE_FIELDS: Record<Language, Record<string, string>> = {
  'zh-CN': {
    name: '名称',
    code: '代码',
    title: '标题',
    description: '描述',
    summary: '摘要',
    username: '用户名',
    password: '密码',
    displayName: '姓名',
    documentNumber: '文号',
    issuer: '发文机关',
    validFrom: '生效日期',
    validTo: '失效日期',
    dueDate: '截止日期',
    status: '状态',
    track: '赛道',
    leaderId: '链长',
    leadDepartmentId: '牵头部门',
    ownerDepartmentId: '责任部门',
    chainId: '产业链',
    taskId: '工作任务',
    policyId: '政策',
    departmentId: '部门',
    nodeId: '节点',
    parentId: '上级节点',
    fromId: '起点节点',
    toId: '终点节点',
    edgeId: '连线',
    reassignToId: '转移目标节点',
    industryCode: '行业代码',
    position: '产业链位置',
    focusDirections: '主攻方向',
  },
  en: {
    name: 'Name',
    code: 'Code',
    title: 'Title',
    description: 'Description',
    summary: 'Summary',
    username: 'Username',
    password: 'Password',
    displayName: 'Display name',
    documentNumber: 'Document number',
    issuer: 'Issuer',
    validFrom: 'Valid from',
    validTo: 'Valid to',
    dueDate: 'Due date',
    status: 'Status',
    track: 'Track',
    leaderId: 'Chain leader',
    leadDepartmentId: 'Lead department',
    ownerDepartmentId: 'Owner department',
    chainId: 'Industry chain',
    taskId: 'Task',
    policyId: 'Policy',
    departmentId: 'Department',
    nodeId: 'Node',
    parentId: 'Parent node',
    fromId: 'From node',
    toId: 'To node',
    edgeId: 'Edge',
    reassignToId: 'Node to move them to',
    industryCode: 'Industry code',
    position: 'Position',
    focusDirections: 'Focus directions',
  },
};

function merge(...parts: Array<Record<Language, Record<string, string>>>): Record<Language, Record<string, string>> {
  return {
    'zh-CN': Object.assign({}, ...parts.map((p) => p['zh-CN'])),
    en: Object.assign({}, ...parts.map((p) => p.en)),
  };
}

/** Every error message, per language: the core ones and each feature's. */
export const ERROR_MESSAGES = merge(CORE_MESSAGES, COMPANIES_MESSAGES, LEADS_MESSAGES, IMPORTS_MESSAGES, PROJECTS_MESSAGES, MEETINGS_MESSAGES, TARGETS_MESSAGES, ACCOUNTS_MESSAGES, AUDIT_MESSAGES);

/** Field names as the user reads them, for validation messages. */
export const FIELD_NAMES = merge(CORE_FIELDS, COMPANIES_FIELDS, LEADS_FIELDS, IMPORTS_FIELDS, PROJECTS_FIELDS, MEETINGS_FIELDS, TARGETS_FIELDS, ACCOUNTS_FIELDS, AUDIT_FIELDS);
