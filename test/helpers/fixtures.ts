// Shared valid response bodies and request bodies, typed by the contract so a
// schema change that breaks one fails typecheck, and checked at run time by
// `FIXTURE_SCHEMAS` (the SDK tests parse every one of them).
import {
  AddressParseResult,
  ApplicationCreate,
  ApplicationReceipt,
  DivisionList,
  ErrorBody,
  FileMeta,
  ItemDetail,
  ItemSearchResult,
  SuggestResult,
} from '@yiwang/contract';
import type { ItemSummary, z } from '@yiwang/contract';

export const itemSummary: ItemSummary = {
  id: 'scjg-001',
  code: '11410700MB1234567X4000117001000',
  name: '食品经营许可证核发',
  departmentId: 'scjg',
  departmentName: '新乡市市场监督管理局',
  audiences: ['enterprise'],
  type: 'licensing',
  channels: ['online', 'express'],
  visitsRequired: 0,
  onlineDepth: 4,
  legalLimitDays: 20,
  promisedLimitDays: 5,
  agencyAvailable: true,
  formId: 'form-food-license',
  keywords: ['食品', '许可证', 'spjyxkz'],
};

export const itemSearchResult: z.output<typeof ItemSearchResult> = {
  items: [
    {
      item: itemSummary,
      score: 12.5,
      highlights: [{ field: 'name', start: 0, end: 2 }],
    },
    {
      item: {
        ...itemSummary,
        id: 'scjg-002',
        name: '营业执照变更登记',
        audiences: ['enterprise'],
        type: 'confirmation',
        visitsRequired: 0,
        formId: null,
        keywords: ['营业执照', 'yyzz'],
      },
      score: 9,
      highlights: [{ field: 'keywords', start: 0, end: 4 }],
    },
  ],
  total: 12,
  page: 2,
  pageSize: 10,
  facets: {
    department: [{ value: 'scjg', label: '市场监督管理局', count: 12 }],
    audience: [{ value: 'enterprise', label: '法人', count: 12 }],
    type: [
      { value: 'licensing', label: '行政许可', count: 7 },
      { value: 'confirmation', label: '行政确认', count: 5 },
    ],
    channel: [{ value: 'online', label: '全程网办', count: 12 }],
    zeroVisit: 12,
  },
};

export const itemDetail: z.output<typeof ItemDetail> = {
  ...itemSummary,
  guide: {
    basis: ['《中华人民共和国食品安全法》第三十五条'],
    conditions: ['具有与经营的食品品种、数量相适应的经营场所'],
    materials: [
      {
        id: 'm1',
        name: '营业执照',
        required: true,
        deferrable: false,
        forms: ['electronic'],
        originals: 0,
        copies: 1,
        source: 'government',
        licenseType: 'business_license',
        conditional: false,
      },
    ],
    situations: [],
    steps: [
      { name: '申请', description: '网上提交申请', limitDays: null },
      { name: '审查', description: '材料审查', limitDays: 3, department: '新乡市市场监督管理局' },
    ],
    specialProcedures: [],
    fees: [],
    places: [{ name: '新乡市政务服务中心', address: '新乡市红旗区人民东路', hours: '工作日 9:00–17:00' }],
    consultPhone: '0373-12345',
    complaintPhone: '12345',
    resultName: '食品经营许可证',
    resultType: 'license',
    resultLicenseType: 'food_business_license',
    updatedAt: '2026-11-01T09:30:00+08:00',
  },
};

export const suggestResult: z.output<typeof SuggestResult> = {
  items: [
    {
      itemId: 'scjg-002',
      text: '营业执照变更登记',
      departmentName: '新乡市市场监督管理局',
      highlights: [{ field: 'name', start: 0, end: 4 }],
    },
  ],
};

export const provinces: z.output<typeof DivisionList> = {
  items: [
    { code: '410000', name: '河南省', level: 'province', parentCode: null, hasChildren: true, pinyin: 'henansheng', initials: 'hns' },
  ],
};

export const citiesOfHenan: z.output<typeof DivisionList> = {
  items: [
    {
      code: '410700',
      name: '新乡市',
      level: 'city',
      parentCode: '410000',
      hasChildren: true,
      postcode: '453000',
      pinyin: 'xinxiangshi',
      initials: 'xxs',
    },
  ],
};

export const applicationCreate: ApplicationCreate = {
  itemId: 'scjg-001',
  formId: 'form-food-license',
  data: { enterpriseName: '新乡市示例食品有限公司' },
  materials: [{ materialId: 'm1', licenseId: 'lic-001' }],
  channel: 'online',
  delivery: { method: 'pickup' },
};

export const applicationReceipt: z.output<typeof ApplicationReceipt> = {
  number: 'YW2026112800001',
  itemId: 'scjg-001',
  itemName: '食品经营许可证核发',
  departmentName: '新乡市市场监督管理局',
  status: 'submitted',
  applicantName: '新乡市示例食品有限公司',
  submittedAt: '2026-11-28T09:30:00+08:00',
  updatedAt: '2026-11-28T09:30:00+08:00',
  dueDate: null,
  queryCode: 'AB12CD',
};

export const fileMeta: z.output<typeof FileMeta> = {
  id: 'file-001',
  name: 'a.pdf',
  size: 2048,
  contentType: 'application/pdf',
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  createdAt: '2026-11-28T09:30:00+08:00',
};

export const addressParseResult: z.output<typeof AddressParseResult> = {
  divisionPath: [...provinces.items, ...citiesOfHenan.items],
  detail: '红旗区人民东路1号',
  recipient: '张三',
  mobile: '13800138000',
  postcode: null,
  unparsed: [],
};

/** The contract's error envelope. */
export function errorBody(
  code: string,
  message: string,
  extra: { details?: Array<{ path: string; message: string }>; requestId?: string } = {},
): z.output<typeof ErrorBody> {
  return { error: { code, message, requestId: extra.requestId ?? 'req-0001', ...(extra.details ? { details: extra.details } : {}) } };
}

/** Each fixture with the schema it must satisfy. */
export const FIXTURE_SCHEMAS: Array<[name: string, schema: z.ZodMiniType, value: unknown]> = [
  ['itemSearchResult', ItemSearchResult, itemSearchResult],
  ['itemDetail', ItemDetail, itemDetail],
  ['suggestResult', SuggestResult, suggestResult],
  ['provinces', DivisionList, provinces],
  ['citiesOfHenan', DivisionList, citiesOfHenan],
  ['applicationCreate', ApplicationCreate, applicationCreate],
  ['applicationReceipt', ApplicationReceipt, applicationReceipt],
  ['fileMeta', FileMeta, fileMeta],
  ['addressParseResult', AddressParseResult, addressParseResult],
  ['errorBody', ErrorBody, errorBody('VALIDATION_FAILED', '请检查填写内容', { details: [{ path: 'q', message: '太长' }] })],
];
