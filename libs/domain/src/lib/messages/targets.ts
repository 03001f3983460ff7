/** Error messages and field names of the plan's indicators and the district's places, merged into ERROR_MESSAGES and FIELD_NAMES. */
export const TARGETS_MESSAGES = {
  'zh-CN': {
    'notFound.planIndicator': '找不到该指标',
    'notFound.chainTarget': '找不到该产业链目标',
    'notFound.placeZone': '找不到该区域',
    'notFound.placeBuilding': '找不到该楼宇',
    'notFound.landParcel': '找不到该地块',
    'indicator.oneSubject': '请指定一个指标或一个产业链目标（只能选一个）',
    'indicator.computed': '“{{name}}”由系统根据台账记录自动计算，不能手工填报',
    'indicator.valueRequired': '请填写{{field}}（数字）',
    'indicator.textRequired': '该指标以文字表述，请填写完成情况说明',
    'indicator.badPeriod': '期间无效：年份须为整数，季度须为 1–4',
  },
  en: {
    'notFound.planIndicator': 'Indicator not found',
    'notFound.chainTarget': 'Chain target not found',
    'notFound.placeZone': 'Zone not found',
    'notFound.placeBuilding': 'Building not found',
    'notFound.landParcel': 'Land parcel not found',
    'indicator.oneSubject': 'Name one indicator or one chain target (exactly one)',
    'indicator.computed': '"{{name}}" is computed from the records and cannot be entered by hand',
    'indicator.valueRequired': 'Enter the {{field}} (a number)',
    'indicator.textRequired': 'This indicator is stated in words: describe how it stands',
    'indicator.badPeriod': 'Invalid period: the year must be a whole number and the quarter 1–4',
  },
};

export const TARGETS_FIELDS = {
  'zh-CN': {
    indicatorId: '指标',
    chainTargetId: '产业链目标',
    year: '年份',
    quarter: '季度',
    value: '实际值',
    valueText: '完成情况说明',
    sourceNote: '数据来源',
    carrierZoneId: '落地区域',
    carrierBuildingId: '落地楼宇',
    carrierParcelId: '落地地块',
  },
  en: {
    indicatorId: 'Indicator',
    chainTargetId: 'Chain target',
    year: 'Year',
    quarter: 'Quarter',
    value: 'Actual value',
    valueText: 'How it stands',
    sourceNote: 'Source',
    carrierZoneId: 'Zone',
    carrierBuildingId: 'Building',
    carrierParcelId: 'Land parcel',
  },
};
