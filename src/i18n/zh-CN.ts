/** Every string the site shows a visitor, in one place (zh-CN). */
export const ui = {
  siteName: '镇档',
  siteTagline: '乡镇政府公开信息存档',
  skipToContent: '跳到正文',
  documentsHeading: '全部文档',
  documentCount: (count: number) => `共 ${count} 份文档`,
  fields: {
    town: '乡镇',
    county: '县（区、市）',
    city: '市',
    province: '省',
    date: '发布日期',
    dateWritten: '成文日期',
    publisher: '发布机构',
    indexNumber: '索引号',
    docType: '文档类型',
    source: '原始网页',
  },
  inferredMark: '（推断）',
  unknown: '—',
} as const;
