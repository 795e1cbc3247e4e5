/**
 * Demo catalog for 临江县 (Linjiang County, fictional, division code 511099): the county center, its
 * departments and their item catalog (事项清单), the township service centers with their village
 * points, and the items every township center handles itself. The seed script and tests read it;
 * nothing here touches a database.
 *
 * Days are working days. Fees are in fen (分). Legal bases name the laws and regulations that found
 * each item; article numbers are given where the item rests on one specific article.
 */

export interface DemoMaterial { name: string; originals: number; copies: number; mandatory: boolean }
export interface DemoFee { amountFen: number; basis: string }
export interface DemoDepartment { code: string; name: string; shortName: string; window: string; phone: string }
export interface DemoCountyItem {
  code: string;
  name: string;
  departmentCode: string;
  kind: 'IMMEDIATE' | 'PROMISED';
  legalDays: number;
  promisedDays: number;
  materials: DemoMaterial[];
  fee: DemoFee | null;
  legalBasis: string;
  delegable: boolean;
  delegatedTownshipCodes: string[] | null;
}
export interface DemoVillagePoint { code: string; name: string }
export interface DemoTownship { code: string; name: string; divisionCode: string; address: string; phone: string; villages: DemoVillagePoint[] }
export interface DemoTownshipItem {
  code: string;
  name: string;
  kind: 'IMMEDIATE' | 'PROMISED';
  legalDays: number;
  promisedDays: number;
  materials: DemoMaterial[];
  fee: DemoFee | null;
  legalBasis: string;
  supervisingDepartmentCode: string;
}

/** A required material; mandatory unless said otherwise. */
function m(name: string, originals: number, copies: number, mandatory = true): DemoMaterial {
  return { name, originals, copies, mandatory };
}

// Materials that recur across many items.
const ID_CARD = m('申请人居民身份证', 1, 1);
const HOUSEHOLD_BOOK = m('居民户口簿', 1, 1);
const AGENT_PROXY = m('委托代理人身份证明及授权委托书', 1, 1, false);
const BUSINESS_LICENSE = m('营业执照', 0, 1);
const PREMISES_PROOF = m('经营场所使用证明（产权证明或租赁合同）', 0, 1);
const LEGAL_REP_ID = m('法定代表人身份证明', 0, 1);
const PHOTO_2INCH = m('近期2寸免冠彩色照片', 2, 0);
const BANK_CARD = m('本人社会保障卡或银行账户（存折）', 0, 1);
const FAMILY_INCOME = m('家庭收入、财产状况申报及授权核对承诺书', 1, 0);

/** 身份证收费依据 — the national fee notice for resident identity cards. */
const ID_CARD_FEE_BASIS = '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）';
/** 不动产登记收费依据. */
const REAL_ESTATE_FEE_BASIS = '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）';

export const COUNTY: { name: string; divisionCode: string; address: string; phone: string } = {
  name: '临江县政务服务中心',
  divisionCode: '511099',
  address: '临江县城关镇滨江大道168号',
  phone: '0839-5123000',
};

export const DEPARTMENTS: DemoDepartment[] = [
  { code: 'SCJG', name: '临江县市场监督管理局', shortName: '县市场监管局', window: 'A区1号窗口', phone: '0839-5123401' },
  { code: 'GA', name: '临江县公安局', shortName: '县公安局', window: 'A区5号窗口', phone: '0839-5123402' },
  { code: 'MZ', name: '临江县民政局', shortName: '县民政局', window: 'B区1号窗口', phone: '0839-5123403' },
  { code: 'RSJ', name: '临江县人力资源和社会保障局', shortName: '县人社局', window: 'B区3号窗口', phone: '0839-5123404' },
  { code: 'ZRZY', name: '临江县自然资源局', shortName: '县自然资源局', window: 'C区1号窗口', phone: '0839-5123405' },
  { code: 'ZJ', name: '临江县住房和城乡建设局', shortName: '县住建局', window: 'C区3号窗口', phone: '0839-5123406' },
  { code: 'JTYS', name: '临江县交通运输局', shortName: '县交通运输局', window: 'C区5号窗口', phone: '0839-5123407' },
  { code: 'NYNC', name: '临江县农业农村局', shortName: '县农业农村局', window: 'B区6号窗口', phone: '0839-5123408' },
  { code: 'WJ', name: '临江县卫生健康局', shortName: '县卫健局', window: 'B区8号窗口', phone: '0839-5123409' },
  { code: 'JY', name: '临江县教育局', shortName: '县教育局', window: 'B区9号窗口', phone: '0839-5123410' },
  { code: 'WGL', name: '临江县文化广播电视和旅游局', shortName: '县文广旅局', window: 'A区8号窗口', phone: '0839-5123411' },
  { code: 'YB', name: '临江县医疗保障局', shortName: '县医保局', window: 'B区4号窗口', phone: '0839-5123412' },
  { code: 'CL', name: '临江县残疾人联合会', shortName: '县残联', window: 'B区2号窗口', phone: '0839-5123413' },
  { code: 'TYJR', name: '临江县退役军人事务局', shortName: '县退役军人事务局', window: 'B区10号窗口', phone: '0839-5123414' },
  { code: 'LY', name: '临江县林业局', shortName: '县林业局', window: 'C区7号窗口', phone: '0839-5123415' },
  { code: 'SL', name: '临江县水利局', shortName: '县水利局', window: 'C区8号窗口', phone: '0839-5123416' },
  { code: 'FG', name: '临江县发展和改革局', shortName: '县发改局', window: 'C区10号窗口', phone: '0839-5123417' },
  { code: 'YJ', name: '临江县应急管理局', shortName: '县应急管理局', window: 'A区10号窗口', phone: '0839-5123418' },
];

/** Build a township's village points from [suffix, name] pairs; codes follow the 12-digit 统计用区划代码 pattern. */
function villages(divisionCode: string, list: Array<[string, string]>): DemoVillagePoint[] {
  return list.map(([suffix, name]) => ({ code: divisionCode + suffix, name: `${name}便民服务室` }));
}

export const TOWNSHIPS: DemoTownship[] = [
  {
    code: '511099100', name: '城关镇', divisionCode: '511099100',
    address: '临江县城关镇人民路88号', phone: '0839-5211001',
    villages: villages('511099100', [['001', '东街社区'], ['002', '西街社区'], ['201', '桃源村'], ['202', '柳湾村'], ['203', '新桥村']]),
  },
  {
    code: '511099101', name: '河口镇', divisionCode: '511099101',
    address: '临江县河口镇河街36号', phone: '0839-5221002',
    villages: villages('511099101', [['001', '河口社区'], ['201', '渡口村'], ['202', '沙坝村'], ['203', '金竹村']]),
  },
  {
    code: '511099102', name: '青石镇', divisionCode: '511099102',
    address: '临江县青石镇青石街120号', phone: '0839-5231003',
    villages: villages('511099102', [['001', '青石社区'], ['201', '石龙村'], ['202', '杨柳村'], ['203', '凤凰村'], ['204', '黄桷村']]),
  },
  {
    code: '511099103', name: '双河镇', divisionCode: '511099103',
    address: '临江县双河镇振兴路15号', phone: '0839-5241004',
    villages: villages('511099103', [['201', '合水村'], ['202', '大坪村'], ['203', '龙井村'], ['204', '白果村'], ['205', '马家湾村'], ['206', '枫树村']]),
  },
  {
    code: '511099104', name: '龙潭镇', divisionCode: '511099104',
    address: '临江县龙潭镇龙潭街9号', phone: '0839-5251005',
    villages: villages('511099104', [['001', '龙潭社区'], ['201', '水井村'], ['202', '松林村'], ['203', '长岭村']]),
  },
  {
    code: '511099105', name: '马鞍镇', divisionCode: '511099105',
    address: '临江县马鞍镇新街66号', phone: '0839-5261006',
    villages: villages('511099105', [['201', '马鞍村'], ['202', '团结村'], ['203', '高桥村'], ['204', '红岩村']]),
  },
  {
    code: '511099200', name: '白水乡', divisionCode: '511099200',
    address: '临江县白水乡白水街22号', phone: '0839-5271007',
    villages: villages('511099200', [['201', '白水村'], ['202', '清泉村'], ['203', '茶园村']]),
  },
  {
    code: '511099201', name: '桃花乡', divisionCode: '511099201',
    address: '临江县桃花乡场镇正街18号', phone: '0839-5281008',
    villages: villages('511099201', [['201', '桃花村'], ['202', '李子坝村'], ['203', '观音村'], ['204', '向阳村']]),
  },
  {
    code: '511099202', name: '石门乡', divisionCode: '511099202',
    address: '临江县石门乡石门街5号', phone: '0839-5291009',
    villages: villages('511099202', [['201', '石门村'], ['202', '岩口村'], ['203', '天池村']]),
  },
  {
    code: '511099203', name: '高峰乡', divisionCode: '511099203',
    address: '临江县高峰乡政府街1号', phone: '0839-5301010',
    villages: villages('511099203', [['201', '高峰村'], ['202', '云雾村'], ['203', '青冈村'], ['204', '中坝村'], ['205', '鹿鸣村']]),
  },
];

// Township groups used for partial delegation (items only some township windows may accept).
/** Townships without a police-station household-registration window. */
const NO_HUKOU_WINDOW = ['511099201', '511099202', '511099203'];
/** Townships piloting local intake of 乡村建设规划许可. */
const PLANNING_PILOT = ['511099101', '511099102', '511099103'];
/** Forest townships whose centers accept harvesting permits. */
const FOREST_TOWNSHIPS = ['511099200', '511099202', '511099203'];
/** Grain-growing townships with a farm-machinery service station. */
const FARM_MACHINERY = ['511099103', '511099104', '511099105', '511099200'];

export const COUNTY_ITEMS: DemoCountyItem[] = [
  // ── 县市场监督管理局 ────────────────────────────────────────────────────────────────
  {
    code: 'SCJG-001', name: '个体工商户设立登记', departmentCode: 'SCJG', kind: 'IMMEDIATE', legalDays: 3, promisedDays: 0,
    materials: [m('个体工商户登记（备案）申请书', 1, 0), m('经营者居民身份证', 1, 1), PREMISES_PROOF, AGENT_PROXY],
    fee: null,
    legalBasis: '《促进个体工商户发展条例》；《中华人民共和国市场主体登记管理条例》第三条、第十九条',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'SCJG-002', name: '个体工商户变更登记', departmentCode: 'SCJG', kind: 'IMMEDIATE', legalDays: 3, promisedDays: 0,
    materials: [m('个体工商户变更登记（备案）申请书', 1, 0), m('经营者居民身份证', 1, 1), BUSINESS_LICENSE, m('变更经营场所的，新场所使用证明', 0, 1, false)],
    fee: null,
    legalBasis: '《中华人民共和国市场主体登记管理条例》第二十四条；《中华人民共和国市场主体登记管理条例实施细则》',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'SCJG-003', name: '个体工商户注销登记', departmentCode: 'SCJG', kind: 'IMMEDIATE', legalDays: 3, promisedDays: 0,
    materials: [m('个体工商户注销登记申请书', 1, 0), m('经营者居民身份证', 1, 1), m('营业执照正、副本', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国市场主体登记管理条例》第三十一条',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'SCJG-004', name: '食品经营许可（新办）', departmentCode: 'SCJG', kind: 'PROMISED', legalDays: 10, promisedDays: 5,
    materials: [
      m('食品经营许可申请书', 1, 0), BUSINESS_LICENSE, LEGAL_REP_ID,
      m('与食品经营相适应的主要设备设施、经营布局、操作流程等文件', 1, 0),
      m('食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度', 1, 0),
      AGENT_PROXY,
    ],
    fee: null,
    legalBasis: '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'SCJG-005', name: '仅销售预包装食品备案', departmentCode: 'SCJG', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [m('仅销售预包装食品经营者备案信息采集表', 1, 0), BUSINESS_LICENSE, ID_CARD],
    fee: null,
    legalBasis: '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'SCJG-006', name: '食品小作坊登记', departmentCode: 'SCJG', kind: 'PROMISED', legalDays: 15, promisedDays: 7,
    materials: [m('食品小作坊登记申请表', 1, 0), BUSINESS_LICENSE, m('从业人员健康证明', 0, 1), m('生产场所平面布局图及生产工艺流程图', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国食品安全法》第三十六条；省食品小作坊、小经营店及摊贩管理条例',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'SCJG-007', name: '药品零售企业经营许可', departmentCode: 'SCJG', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [
      m('药品经营许可证申请表', 1, 0), BUSINESS_LICENSE, m('执业药师注册证及身份证明', 0, 1),
      m('经营场所、仓库平面布置图及产权或使用权证明', 0, 1), m('药品质量管理制度文件及设施设备目录', 1, 0),
    ],
    fee: null,
    legalBasis: '《中华人民共和国药品管理法》第五十一条；《药品经营和使用质量监督管理办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'SCJG-008', name: '特种设备使用登记', departmentCode: 'SCJG', kind: 'PROMISED', legalDays: 15, promisedDays: 5,
    materials: [m('特种设备使用登记表', 2, 0), m('特种设备产品合格证', 0, 1), m('监督检验证明（按规定需要监督检验的）', 0, 1, false), LEGAL_REP_ID],
    fee: null,
    legalBasis: '《中华人民共和国特种设备安全法》第三十三条；《特种设备使用管理规则》',
    delegable: false, delegatedTownshipCodes: null,
  },

  // ── 县公安局 ──────────────────────────────────────────────────────────────────────
  {
    code: 'GA-001', name: '居民身份证首次申领', departmentCode: 'GA', kind: 'PROMISED', legalDays: 60, promisedDays: 15,
    materials: [HOUSEHOLD_BOOK, m('居民身份证申领登记表（现场填写、采集相片和指纹）', 1, 0), m('未满十六周岁的，监护人身份证明', 1, 0, false)],
    fee: { amountFen: 2000, basis: ID_CARD_FEE_BASIS },
    legalBasis: '《中华人民共和国居民身份证法》第八条、第十条',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'GA-002', name: '居民身份证有效期满换领', departmentCode: 'GA', kind: 'PROMISED', legalDays: 60, promisedDays: 15,
    materials: [m('原居民身份证', 1, 0), HOUSEHOLD_BOOK],
    fee: { amountFen: 2000, basis: ID_CARD_FEE_BASIS },
    legalBasis: '《中华人民共和国居民身份证法》第五条、第十一条',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'GA-003', name: '居民身份证丢失补领', departmentCode: 'GA', kind: 'PROMISED', legalDays: 60, promisedDays: 15,
    materials: [HOUSEHOLD_BOOK, m('居民身份证丢失情况说明', 1, 0, false)],
    fee: { amountFen: 4000, basis: ID_CARD_FEE_BASIS },
    legalBasis: '《中华人民共和国居民身份证法》第十一条',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'GA-004', name: '临时居民身份证申领', departmentCode: 'GA', kind: 'PROMISED', legalDays: 3, promisedDays: 1,
    materials: [HOUSEHOLD_BOOK, m('正在申领、换领居民身份证的受理回执', 1, 0), PHOTO_2INCH],
    fee: { amountFen: 1000, basis: ID_CARD_FEE_BASIS },
    legalBasis: '《中华人民共和国临时居民身份证管理办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'GA-005', name: '出生登记', departmentCode: 'GA', kind: 'IMMEDIATE', legalDays: 1, promisedDays: 0,
    materials: [m('出生医学证明', 1, 1), m('父母双方居民户口簿', 1, 1), m('父母双方居民身份证', 1, 1), m('父母结婚证', 1, 1, false)],
    fee: null,
    legalBasis: '《中华人民共和国户口登记条例》第七条',
    delegable: true, delegatedTownshipCodes: NO_HUKOU_WINDOW,
  },
  {
    code: 'GA-006', name: '户口迁移（投靠亲属落户）', departmentCode: 'GA', kind: 'PROMISED', legalDays: 20, promisedDays: 5,
    materials: [ID_CARD, HOUSEHOLD_BOOK, m('被投靠人居民户口簿', 1, 1), m('亲属关系证明（结婚证、出生医学证明等）', 1, 1), m('合法稳定住所证明', 0, 1)],
    fee: null,
    legalBasis: '《中华人民共和国户口登记条例》第十条；《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'GA-007', name: '无犯罪记录证明开具', departmentCode: 'GA', kind: 'PROMISED', legalDays: 3, promisedDays: 1,
    materials: [ID_CARD, m('无犯罪记录证明申请表', 1, 0), AGENT_PROXY],
    fee: null,
    legalBasis: '《公安机关办理犯罪记录查询工作规定》（公通字〔2021〕19号）',
    delegable: false, delegatedTownshipCodes: null,
  },

  // ── 县民政局 ──────────────────────────────────────────────────────────────────────
  {
    code: 'MZ-001', name: '最低生活保障审批', departmentCode: 'MZ', kind: 'PROMISED', legalDays: 30, promisedDays: 15,
    materials: [m('最低生活保障申请书', 1, 0), m('家庭成员居民身份证、户口簿', 0, 1), FAMILY_INCOME, m('患病、残疾等特殊情况证明材料', 0, 1, false), BANK_CARD],
    fee: null,
    legalBasis: '《社会救助暂行办法》第九条、第十一条；《最低生活保障审核确认办法》',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'MZ-002', name: '特困人员救助供养认定', departmentCode: 'MZ', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('特困人员救助供养申请书', 1, 0), ID_CARD, HOUSEHOLD_BOOK, m('本人收入、财产状况说明及授权核对承诺书', 1, 0), m('残疾人证或医疗诊断证明', 0, 1, false)],
    fee: null,
    legalBasis: '《社会救助暂行办法》第十四条、第十五条；《特困人员认定办法》',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'MZ-003', name: '临时救助审批', departmentCode: 'MZ', kind: 'PROMISED', legalDays: 15, promisedDays: 5,
    materials: [m('临时救助申请书', 1, 0), ID_CARD, m('遭遇突发事件、意外伤害或重大疾病的相关证明', 0, 1), FAMILY_INCOME],
    fee: null,
    legalBasis: '《社会救助暂行办法》第四十七条、第四十八条；《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'MZ-004', name: '内地居民结婚登记', departmentCode: 'MZ', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [m('双方居民身份证', 1, 0), m('双方近期半身免冠合影照片', 3, 0), m('本人无配偶以及与对方没有直系血亲和三代以内旁系血亲关系的签字声明', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国民法典》第一千零四十九条；《婚姻登记条例》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'MZ-005', name: '困难残疾人生活补贴和重度残疾人护理补贴审核', departmentCode: 'MZ', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('残疾人两项补贴申请审批表', 1, 0), m('第二代残疾人证', 1, 1), HOUSEHOLD_BOOK, BANK_CARD],
    fee: null,
    legalBasis: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'MZ-006', name: '社会团体成立登记', departmentCode: 'MZ', kind: 'PROMISED', legalDays: 30, promisedDays: 15,
    materials: [
      m('社会团体成立登记申请书', 1, 0), m('业务主管单位批准文件', 1, 0), m('验资报告或资金证明', 1, 0),
      m('住所使用权证明', 0, 1), m('章程草案及发起人、拟任负责人基本情况', 1, 0),
    ],
    fee: null,
    legalBasis: '《社会团体登记管理条例》第九条、第十一条',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'MZ-007', name: '民办非企业单位成立登记', departmentCode: 'MZ', kind: 'PROMISED', legalDays: 60, promisedDays: 20,
    materials: [m('民办非企业单位成立登记申请书', 1, 0), m('业务主管单位批准文件', 1, 0), m('场所使用权证明', 0, 1), m('验资报告', 1, 0), m('拟任负责人基本情况、身份证明', 0, 1), m('章程草案', 1, 0)],
    fee: null,
    legalBasis: '《民办非企业单位登记管理暂行条例》',
    delegable: false, delegatedTownshipCodes: null,
  },

  // ── 县人力资源和社会保障局 ─────────────────────────────────────────────────────────
  {
    code: 'RSJ-001', name: '城乡居民基本养老保险参保登记', departmentCode: 'RSJ', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [m('城乡居民基本养老保险参保登记表', 1, 0), ID_CARD, HOUSEHOLD_BOOK],
    fee: null,
    legalBasis: '《中华人民共和国社会保险法》第二十条、第二十二条；《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'RSJ-002', name: '城乡居民基本养老保险待遇申领', departmentCode: 'RSJ', kind: 'PROMISED', legalDays: 20, promisedDays: 5,
    materials: [m('城乡居民基本养老保险待遇领取申请表', 1, 0), ID_CARD, HOUSEHOLD_BOOK, BANK_CARD],
    fee: null,
    legalBasis: '《中华人民共和国社会保险法》第二十条、第二十二条；《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    // Promised above half the legal limit (two-stage transfer between pooling regions): the system warns.
    code: 'RSJ-003', name: '城乡居民基本养老保险关系转移接续', departmentCode: 'RSJ', kind: 'PROMISED', legalDays: 15, promisedDays: 10,
    materials: [m('城乡居民基本养老保险关系转入申请表', 1, 0), ID_CARD, m('新户籍所在地居民户口簿', 0, 1)],
    fee: null,
    legalBasis: '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）；《城乡养老保险制度衔接暂行办法》',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'RSJ-004', name: '就业创业证申领', departmentCode: 'RSJ', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [ID_CARD, m('就业创业证申领登记表', 1, 0), m('近期1寸免冠照片', 1, 0, false)],
    fee: null,
    legalBasis: '《中华人民共和国就业促进法》；《就业服务与就业管理规定》（劳动和社会保障部令第28号）',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'RSJ-005', name: '失业登记', departmentCode: 'RSJ', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [ID_CARD, m('解除或终止劳动关系证明', 0, 1, false)],
    fee: null,
    legalBasis: '《中华人民共和国就业促进法》；《就业服务与就业管理规定》（劳动和社会保障部令第28号）',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'RSJ-006', name: '失业保险金申领', departmentCode: 'RSJ', kind: 'PROMISED', legalDays: 10, promisedDays: 3,
    materials: [ID_CARD, m('解除或终止劳动关系证明', 1, 1), BANK_CARD],
    fee: null,
    legalBasis: '《中华人民共和国社会保险法》第四十五条、第五十条；《失业保险条例》第十四条、第十六条',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'RSJ-007', name: '社会保障卡申领', departmentCode: 'RSJ', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [ID_CARD, m('社会保障卡申领表', 1, 0), m('近期白底免冠彩色证件照（可现场采集）', 1, 0, false)],
    fee: null,
    legalBasis: '《中华人民共和国社会保险法》第五十八条；《社会保障卡管理办法》',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'RSJ-008', name: '劳务派遣经营许可', departmentCode: 'RSJ', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('劳务派遣经营许可申请书', 1, 0), BUSINESS_LICENSE, m('注册资本不少于人民币二百万元的验资证明', 0, 1), PREMISES_PROOF, m('劳务派遣管理制度及劳动合同、劳务派遣协议样本', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国劳动合同法》第五十七条；《劳务派遣行政许可实施办法》',
    delegable: false, delegatedTownshipCodes: null,
  },

  // ── 县自然资源局 ──────────────────────────────────────────────────────────────────
  {
    code: 'ZRZY-001', name: '建设用地规划许可', departmentCode: 'ZRZY', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('建设用地规划许可申请表', 1, 0), m('项目批准、核准或备案文件', 0, 1), m('国有土地使用权出让合同或划拨决定书', 0, 1), m('宗地红线图', 1, 0), LEGAL_REP_ID],
    fee: null,
    legalBasis: '《中华人民共和国城乡规划法》第三十七条、第三十八条',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'ZRZY-002', name: '建设工程规划许可', departmentCode: 'ZRZY', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('建设工程规划许可申请表', 1, 0), m('不动产权证书或土地使用权证明', 0, 1), m('建设工程设计方案总平面图及建筑施工图', 1, 0), LEGAL_REP_ID],
    fee: null,
    legalBasis: '《中华人民共和国城乡规划法》第四十条',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'ZRZY-003', name: '乡村建设规划许可', departmentCode: 'ZRZY', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('乡村建设规划许可申请表', 1, 0), ID_CARD, m('宅基地批准书或集体建设用地使用证明', 0, 1), m('建房设计图或通用图集选用说明', 1, 0), m('村民委员会意见', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国城乡规划法》第四十一条',
    delegable: true, delegatedTownshipCodes: PLANNING_PILOT,
  },
  {
    code: 'ZRZY-004', name: '国有建设用地使用权及房屋所有权转移登记', departmentCode: 'ZRZY', kind: 'PROMISED', legalDays: 30, promisedDays: 5,
    materials: [m('不动产登记申请书', 1, 0), m('买卖双方身份证明', 1, 1), m('不动产权证书', 1, 0), m('不动产买卖合同', 1, 0), m('完税凭证', 0, 1)],
    fee: { amountFen: 8000, basis: `${REAL_ESTATE_FEE_BASIS}：住宅类不动产登记每件80元` },
    legalBasis: '《中华人民共和国民法典》第二百零九条；《不动产登记暂行条例》第十四条、第二十条',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'ZRZY-005', name: '不动产抵押权首次登记', departmentCode: 'ZRZY', kind: 'PROMISED', legalDays: 30, promisedDays: 3,
    materials: [m('不动产登记申请书', 1, 0), m('抵押人、抵押权人身份证明或营业执照', 0, 1), m('不动产权证书', 1, 0), m('主债权合同及抵押合同', 1, 0)],
    fee: { amountFen: 8000, basis: `${REAL_ESTATE_FEE_BASIS}：住宅类不动产登记每件80元` },
    legalBasis: '《中华人民共和国民法典》第四百零二条；《不动产登记暂行条例》第二十条',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'ZRZY-006', name: '宅基地使用权及房屋所有权首次登记', departmentCode: 'ZRZY', kind: 'PROMISED', legalDays: 30, promisedDays: 10,
    materials: [m('不动产登记申请书', 1, 0), ID_CARD, HOUSEHOLD_BOOK, m('宅基地批准文件', 0, 1), m('不动产权籍调查成果', 1, 0), m('村民委员会出具的权属无争议证明', 1, 0, false)],
    fee: null,
    legalBasis: '《中华人民共和国土地管理法》第六十二条；《不动产登记暂行条例》第五条、第二十条',
    delegable: false, delegatedTownshipCodes: null,
  },

  // ── 县住房和城乡建设局 ────────────────────────────────────────────────────────────
  {
    code: 'ZJ-001', name: '建筑工程施工许可证核发', departmentCode: 'ZJ', kind: 'PROMISED', legalDays: 7, promisedDays: 3,
    materials: [m('建筑工程施工许可申请表', 1, 0), m('建设工程规划许可证', 0, 1), m('中标通知书或直接发包批准文件', 0, 1), m('施工图设计文件审查合格书', 0, 1), m('建设资金已落实承诺书', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国建筑法》第七条、第八条；《建筑工程施工许可管理办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'ZJ-002', name: '商品房预售许可', departmentCode: 'ZJ', kind: 'PROMISED', legalDays: 10, promisedDays: 5,
    materials: [m('商品房预售许可申请表', 1, 0), BUSINESS_LICENSE, m('土地使用权证书', 0, 1), m('建设工程规划许可证和施工许可证', 0, 1), m('工程施工进度证明及预售方案', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国城市房地产管理法》第四十五条；《城市商品房预售管理办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'ZJ-003', name: '建筑业企业资质核准（施工总承包三级）', departmentCode: 'ZJ', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('建筑业企业资质申请表', 1, 0), BUSINESS_LICENSE, m('企业章程', 0, 1), m('技术负责人及注册建造师身份证明、注册证书', 0, 1), m('企业主要人员社会保险缴纳证明', 0, 1)],
    fee: null,
    legalBasis: '《中华人民共和国建筑法》第十三条；《建筑业企业资质管理规定》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'ZJ-004', name: '城市建筑垃圾处置核准', departmentCode: 'ZJ', kind: 'PROMISED', legalDays: 20, promisedDays: 5,
    materials: [m('城市建筑垃圾处置核准申请表', 1, 0), m('建筑垃圾运输合同及消纳场所证明', 0, 1), m('运输车辆行驶证及密闭装置证明', 0, 1)],
    fee: null,
    legalBasis: '《国务院对确需保留的行政审批项目设定行政许可的决定》；《城市建筑垃圾管理规定》第七条',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'ZJ-005', name: '公共租赁住房保障资格审核', departmentCode: 'ZJ', kind: 'PROMISED', legalDays: 30, promisedDays: 15,
    materials: [m('公共租赁住房申请表', 1, 0), m('家庭成员居民身份证、户口簿', 0, 1), m('家庭住房状况声明', 1, 0), FAMILY_INCOME],
    fee: null,
    legalBasis: '《公共租赁住房管理办法》（住房和城乡建设部令第11号）',
    delegable: true, delegatedTownshipCodes: null,
  },

  // ── 县交通运输局 ──────────────────────────────────────────────────────────────────
  {
    code: 'JTYS-001', name: '道路旅客运输经营许可', departmentCode: 'JTYS', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('道路旅客运输经营申请表', 1, 0), LEGAL_REP_ID, m('拟投入车辆承诺书', 1, 0), m('拟聘用驾驶员的机动车驾驶证和从业资格证', 0, 1), m('安全生产管理制度文本', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国道路运输条例》第八条、第十条；《道路旅客运输及客运站管理规定》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'JTYS-002', name: '道路货物运输经营许可', departmentCode: 'JTYS', kind: 'PROMISED', legalDays: 20, promisedDays: 5,
    materials: [m('道路货物运输经营申请表', 1, 0), ID_CARD, m('机动车行驶证及车辆技术等级评定证明', 0, 1), m('驾驶员机动车驾驶证和从业资格证', 0, 1)],
    fee: null,
    legalBasis: '《中华人民共和国道路运输条例》；《道路货物运输及站场管理规定》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'JTYS-003', name: '机动车维修经营备案', departmentCode: 'JTYS', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [m('机动车维修经营备案表', 1, 0), BUSINESS_LICENSE, m('维修设备设施清单', 1, 0), m('技术人员从业资格证明', 0, 1)],
    fee: null,
    legalBasis: '《中华人民共和国道路运输条例》；《机动车维修管理规定》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'JTYS-004', name: '公路超限运输许可', departmentCode: 'JTYS', kind: 'PROMISED', legalDays: 2, promisedDays: 1,
    materials: [m('公路超限运输申请表', 1, 0), m('车辆行驶证及道路运输证', 0, 1), m('货物名称、重量、外廓尺寸说明', 1, 0), m('车货总体轮廓图', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国公路法》第五十条；《公路安全保护条例》；《超限运输车辆行驶公路管理规定》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'JTYS-005', name: '涉路施工许可', departmentCode: 'JTYS', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('涉路施工许可申请书', 1, 0), m('涉路工程设计图及施工方案', 1, 0), m('保障公路、公路附属设施质量和安全的技术评价报告', 1, 0), m('处置施工险情和意外事故的应急预案', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国公路法》第四十四条、第四十五条；《公路安全保护条例》第二十七条',
    delegable: false, delegatedTownshipCodes: null,
  },

  // ── 县农业农村局 ──────────────────────────────────────────────────────────────────
  {
    code: 'NYNC-001', name: '农药经营许可', departmentCode: 'NYNC', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('农药经营许可证申请表', 1, 0), BUSINESS_LICENSE, m('经营人员农学、植保等相关专业学历或培训证明', 0, 1), m('营业场所和仓储场所地址、面积、平面示意图', 1, 0), m('农药经营质量管理制度和岗位操作规程', 1, 0)],
    fee: null,
    legalBasis: '《农药管理条例》第二十四条；《农药经营许可管理办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'NYNC-002', name: '兽药经营许可', departmentCode: 'NYNC', kind: 'PROMISED', legalDays: 30, promisedDays: 15,
    materials: [m('兽药经营许可证申请表', 1, 0), BUSINESS_LICENSE, m('兽医、药学专业技术人员学历或职称证明', 0, 1), m('营业场所和仓库平面图及使用证明', 0, 1)],
    fee: null,
    legalBasis: '《兽药管理条例》第二十二条；《兽药经营质量管理规范》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'NYNC-003', name: '动物防疫条件合格证核发', departmentCode: 'NYNC', kind: 'PROMISED', legalDays: 15, promisedDays: 7,
    materials: [m('动物防疫条件审查申请表', 1, 0), m('场所地理位置图及各功能区布局平面图', 1, 0), m('设施设备清单', 1, 0), m('动物防疫制度及管理人员情况', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国动物防疫法》第二十四条、第二十五条；《动物防疫条件审查办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'NYNC-004', name: '农作物种子生产经营许可', departmentCode: 'NYNC', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('农作物种子生产经营许可证申请表', 1, 0), BUSINESS_LICENSE, m('种子检验、贮藏场所及设施设备证明', 0, 1), m('种子生产、加工、检验技术人员证明', 0, 1)],
    fee: null,
    legalBasis: '《中华人民共和国种子法》第三十一条；《农作物种子生产经营许可管理办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'NYNC-005', name: '拖拉机和联合收割机注册登记', departmentCode: 'NYNC', kind: 'PROMISED', legalDays: 2, promisedDays: 1,
    materials: [m('拖拉机和联合收割机注册登记申请表', 1, 0), ID_CARD, m('机具来历证明（购机发票）', 1, 1), m('出厂合格证明', 1, 0), m('交通事故责任强制保险凭证（拖拉机）', 0, 1, false)],
    fee: null,
    legalBasis: '《农业机械安全监督管理条例》第二十一条；《拖拉机和联合收割机登记规定》',
    delegable: true, delegatedTownshipCodes: FARM_MACHINERY,
  },
  {
    code: 'NYNC-006', name: '渔业捕捞许可', departmentCode: 'NYNC', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('渔业捕捞许可证申请书', 1, 0), ID_CARD, m('渔业船舶检验证书及登记证书', 0, 1)],
    fee: null,
    legalBasis: '《中华人民共和国渔业法》第二十三条；《渔业捕捞许可管理规定》',
    delegable: false, delegatedTownshipCodes: null,
  },

  // ── 县卫生健康局 ──────────────────────────────────────────────────────────────────
  {
    code: 'WJ-001', name: '医师执业注册', departmentCode: 'WJ', kind: 'PROMISED', legalDays: 20, promisedDays: 5,
    materials: [m('医师执业注册申请审核表', 1, 0), m('医师资格证书', 1, 1), m('申请人近6个月内的健康体检表', 1, 0), m('拟执业医疗机构的聘用证明', 1, 0), PHOTO_2INCH],
    fee: null,
    legalBasis: '《中华人民共和国医师法》第十三条；《医师执业注册管理办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'WJ-002', name: '护士执业注册', departmentCode: 'WJ', kind: 'PROMISED', legalDays: 20, promisedDays: 5,
    materials: [m('护士注册申请审核表', 1, 0), m('护士执业资格考试成绩合格证明', 0, 1), m('学历证书及专业学习中的临床实习证明', 0, 1), m('6个月内健康体检证明', 1, 0), m('医疗卫生机构拟聘用的相关材料', 1, 0)],
    fee: null,
    legalBasis: '《护士条例》第七条、第八条；《护士执业注册管理办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'WJ-003', name: '诊所执业备案', departmentCode: 'WJ', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [m('诊所备案信息表', 1, 0), m('主要负责人执业证书', 0, 1), PREMISES_PROOF, m('诊所规章制度及人员、设备清单', 1, 0)],
    fee: null,
    legalBasis: '《医疗机构管理条例》；《医疗机构管理条例实施细则》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'WJ-004', name: '公共场所卫生许可', departmentCode: 'WJ', kind: 'PROMISED', legalDays: 20, promisedDays: 5,
    materials: [m('公共场所卫生许可申请表', 1, 0), BUSINESS_LICENSE, m('场所平面图及卫生设施布局说明', 1, 0), m('卫生管理制度', 1, 0), m('从业人员健康合格证明', 0, 1)],
    fee: null,
    legalBasis: '《公共场所卫生管理条例》；《公共场所卫生管理条例实施细则》',
    delegable: false, delegatedTownshipCodes: null,
  },

  // ── 县教育局 ──────────────────────────────────────────────────────────────────────
  {
    // The county publishes a longer promise because identification waits for the batch review; the system warns.
    code: 'JY-001', name: '教师资格认定', departmentCode: 'JY', kind: 'PROMISED', legalDays: 30, promisedDays: 20,
    materials: [m('教师资格认定申请表', 2, 0), ID_CARD, m('学历证书', 1, 1), m('普通话水平测试等级证书', 1, 1), m('教师资格考试合格证明', 0, 1), m('县级以上医院出具的体检表', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国教师法》第十条、第十三条；《教师资格条例》；《〈教师资格条例〉实施办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'JY-002', name: '民办学校筹设审批', departmentCode: 'JY', kind: 'PROMISED', legalDays: 30, promisedDays: 15,
    materials: [m('民办学校筹设申请报告', 1, 0), m('举办者的姓名、住址或者名称、地址', 1, 0), m('资产来源、资金数额及有效证明文件', 0, 1), m('属捐赠性质的校产须提交捐赠协议', 0, 1, false)],
    fee: null,
    legalBasis: '《中华人民共和国民办教育促进法》第十二条、第十四条、第十七条',
    delegable: false, delegatedTownshipCodes: null,
  },

  // ── 县文化广播电视和旅游局 ─────────────────────────────────────────────────────────
  {
    code: 'WGL-001', name: '娱乐场所从事娱乐场所经营活动审批', departmentCode: 'WGL', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('娱乐经营许可申请表', 1, 0), BUSINESS_LICENSE, LEGAL_REP_ID, m('娱乐场所消防、环保等相关手续', 0, 1), m('经营场所平面示意图', 1, 0)],
    fee: null,
    legalBasis: '《娱乐场所管理条例》第九条；《娱乐场所管理办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'WGL-002', name: '互联网上网服务营业场所经营单位设立审批', departmentCode: 'WGL', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('网络文化经营许可申请表', 1, 0), BUSINESS_LICENSE, LEGAL_REP_ID, PREMISES_PROOF, m('网络安全技术措施和信息安全管理制度', 1, 0)],
    fee: null,
    legalBasis: '《互联网上网服务营业场所管理条例》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'WGL-003', name: '出版物零售单位设立审批', departmentCode: 'WGL', kind: 'PROMISED', legalDays: 20, promisedDays: 7,
    materials: [m('出版物零售单位设立申请表', 1, 0), BUSINESS_LICENSE, PREMISES_PROOF, m('经营者身份证明', 0, 1)],
    fee: null,
    legalBasis: '《出版管理条例》第三十七条；《出版物市场管理规定》',
    delegable: false, delegatedTownshipCodes: null,
  },

  // ── 县医疗保障局 ──────────────────────────────────────────────────────────────────
  {
    code: 'YB-001', name: '城乡居民基本医疗保险参保登记', departmentCode: 'YB', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [ID_CARD, HOUSEHOLD_BOOK, m('城乡居民基本医疗保险参保登记表', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国社会保险法》第二十五条',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'YB-002', name: '基本医疗保险关系转移接续', departmentCode: 'YB', kind: 'PROMISED', legalDays: 15, promisedDays: 5,
    materials: [ID_CARD, m('基本医疗保障参保（合）凭证', 1, 0), m('转移接续申请表', 1, 0)],
    fee: null,
    legalBasis: '《国家医保局 财政部关于印发〈基本医疗保障关系转移接续暂行办法〉的通知》（医保发〔2021〕43号）',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'YB-003', name: '异地就医备案', departmentCode: 'YB', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [ID_CARD, m('异地就医备案登记表', 1, 0), m('异地居住或工作证明（长期居住、常驻工作人员备案）', 0, 1, false)],
    fee: null,
    legalBasis: '《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'YB-004', name: '门诊慢特病待遇认定', departmentCode: 'YB', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [ID_CARD, m('门诊慢特病待遇认定申请表', 1, 0), m('二级及以上医疗机构出具的诊断证明、病历及检查报告', 0, 1)],
    fee: null,
    legalBasis: '《中华人民共和国社会保险法》第二十八条；《国务院办公厅关于健全职工基本医疗保险门诊共济保障机制的指导意见》（国办发〔2021〕14号）',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'YB-005', name: '医疗费用手工（零星）报销', departmentCode: 'YB', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [ID_CARD, m('医疗收费票据', 1, 0), m('费用明细清单', 1, 0), m('出院记录或门诊病历', 0, 1), BANK_CARD],
    fee: null,
    legalBasis: '《中华人民共和国社会保险法》第二十八条、第二十九条',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'YB-006', name: '生育保险待遇核定与支付', departmentCode: 'YB', kind: 'PROMISED', legalDays: 20, promisedDays: 5,
    materials: [ID_CARD, m('出生医学证明或终止妊娠诊断证明', 0, 1), m('住院分娩费用票据', 1, 0, false), BANK_CARD],
    fee: null,
    legalBasis: '《中华人民共和国社会保险法》第五十四条、第五十六条',
    delegable: false, delegatedTownshipCodes: null,
  },

  // ── 县残疾人联合会 ────────────────────────────────────────────────────────────────
  {
    code: 'CL-001', name: '残疾人证核发', departmentCode: 'CL', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('残疾人证申请表', 1, 0), ID_CARD, HOUSEHOLD_BOOK, PHOTO_2INCH, m('指定医疗机构出具的残疾评定表', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国残疾人保障法》；《中华人民共和国残疾人证管理办法》',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'CL-002', name: '残疾人证换领、迁移', departmentCode: 'CL', kind: 'IMMEDIATE', legalDays: 20, promisedDays: 0,
    materials: [m('原残疾人证', 1, 0), ID_CARD, PHOTO_2INCH, m('户口迁移证明（迁移的）', 0, 1, false)],
    fee: null,
    legalBasis: '《中华人民共和国残疾人保障法》；《中华人民共和国残疾人证管理办法》',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'CL-003', name: '残疾人基本辅助器具适配申请', departmentCode: 'CL', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('辅助器具适配申请表', 1, 0), m('第二代残疾人证', 1, 1), m('辅助器具适配评估表', 1, 0, false)],
    fee: null,
    legalBasis: '《中华人民共和国残疾人保障法》；《残疾预防和残疾人康复条例》',
    delegable: true, delegatedTownshipCodes: null,
  },

  // ── 县退役军人事务局 ──────────────────────────────────────────────────────────────
  {
    code: 'TYJR-001', name: '退役士兵自主就业一次性经济补助金给付', departmentCode: 'TYJR', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('退出现役证', 1, 1), ID_CARD, m('退役士兵安置介绍信', 1, 0), BANK_CARD],
    fee: null,
    legalBasis: '《中华人民共和国退役军人保障法》；《退役士兵安置条例》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'TYJR-002', name: '烈士遗属、因公牺牲军人遗属、病故军人遗属定期抚恤金给付', departmentCode: 'TYJR', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('定期抚恤金申请表', 1, 0), m('烈士证明书或军人因公牺牲证明书、病故证明书', 0, 1), ID_CARD, m('与烈士、牺牲或病故军人的亲属关系证明', 0, 1), BANK_CARD],
    fee: null,
    legalBasis: '《中华人民共和国退役军人保障法》；《军人抚恤优待条例》',
    delegable: true, delegatedTownshipCodes: null,
  },
  {
    code: 'TYJR-003', name: '退役军人优待证申领', departmentCode: 'TYJR', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [ID_CARD, m('退役证件（退出现役证、退伍证、转业证等）', 1, 1), m('优待证申领信息采集表', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国退役军人保障法》；《退役军人、其他优抚对象优待证管理办法（试行）》',
    delegable: true, delegatedTownshipCodes: null,
  },

  // ── 县林业局 ──────────────────────────────────────────────────────────────────────
  {
    code: 'LY-001', name: '林木采伐许可证核发', departmentCode: 'LY', kind: 'PROMISED', legalDays: 20, promisedDays: 5,
    materials: [m('林木采伐申请表', 1, 0), ID_CARD, m('林权证或不动产权证书（林地）', 0, 1), m('伐区调查设计或作业设计', 1, 0, false), m('上年度采伐迹地更新造林验收证明', 0, 1, false)],
    fee: null,
    legalBasis: '《中华人民共和国森林法》第五十六条、第五十七条；《中华人民共和国森林法实施条例》',
    delegable: true, delegatedTownshipCodes: FOREST_TOWNSHIPS,
  },
  {
    code: 'LY-002', name: '建设项目使用林地审核', departmentCode: 'LY', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('使用林地申请表', 1, 0), m('建设项目有关批准文件', 0, 1), m('使用林地可行性报告或现状调查表', 1, 0), m('被使用林地的权属证明及补偿协议', 0, 1)],
    fee: null,
    legalBasis: '《中华人民共和国森林法》第三十七条；《建设项目使用林地审核审批管理办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'LY-003', name: '林业植物检疫证书核发', departmentCode: 'LY', kind: 'IMMEDIATE', legalDays: 20, promisedDays: 0,
    materials: [m('植物检疫报检单', 1, 0), m('产地检疫合格证', 0, 1), ID_CARD],
    fee: null,
    legalBasis: '《植物检疫条例》；《植物检疫条例实施细则（林业部分）》',
    delegable: false, delegatedTownshipCodes: null,
  },

  // ── 县水利局 ──────────────────────────────────────────────────────────────────────
  {
    code: 'SL-001', name: '取水许可', departmentCode: 'SL', kind: 'PROMISED', legalDays: 45, promisedDays: 20,
    materials: [m('取水许可申请书', 1, 0), m('建设项目水资源论证报告或论证表', 1, 0), m('与第三者利害关系的相关说明', 1, 0, false), LEGAL_REP_ID],
    fee: null,
    legalBasis: '《中华人民共和国水法》第四十八条；《取水许可和水资源费征收管理条例》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'SL-002', name: '生产建设项目水土保持方案审批', departmentCode: 'SL', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('水土保持方案审批申请', 1, 0), m('生产建设项目水土保持方案报告书（表）', 1, 0), m('技术评审意见', 1, 0, false)],
    fee: null,
    legalBasis: '《中华人民共和国水土保持法》第二十五条；《生产建设项目水土保持方案管理办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'SL-003', name: '河道管理范围内建设项目工程建设方案审批', departmentCode: 'SL', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('河道管理范围内建设项目申请书', 1, 0), m('建设项目工程建设方案及防洪评价报告', 1, 0), m('建设项目所依据的文件', 0, 1), m('涉及第三者合法水事权益的协议', 0, 1, false)],
    fee: null,
    legalBasis: '《中华人民共和国水法》第三十八条；《中华人民共和国防洪法》第二十七条；《中华人民共和国河道管理条例》',
    delegable: false, delegatedTownshipCodes: null,
  },

  // ── 县发展和改革局 ────────────────────────────────────────────────────────────────
  {
    code: 'FG-001', name: '企业投资项目备案', departmentCode: 'FG', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [m('项目备案信息（企业基本情况、项目名称、建设地点、建设规模和内容、项目总投资额）', 1, 0), m('项目符合产业政策的声明', 1, 0)],
    fee: null,
    legalBasis: '《企业投资项目核准和备案管理条例》第十三条；《企业投资项目核准和备案管理办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'FG-002', name: '企业投资项目核准', departmentCode: 'FG', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('项目申请报告', 1, 0), m('城乡规划行政主管部门出具的选址意见书（用地预审与选址意见书）', 0, 1), m('法律、行政法规规定需要办理的其他相关手续', 0, 1, false)],
    fee: null,
    legalBasis: '《企业投资项目核准和备案管理条例》第三条、第九条',
    delegable: false, delegatedTownshipCodes: null,
  },

  // ── 县应急管理局 ──────────────────────────────────────────────────────────────────
  {
    code: 'YJ-001', name: '烟花爆竹经营（零售）许可', departmentCode: 'YJ', kind: 'PROMISED', legalDays: 20, promisedDays: 7,
    materials: [m('烟花爆竹经营（零售）许可证申请书', 1, 0), BUSINESS_LICENSE, m('零售场所产权或租赁证明', 0, 1), m('主要负责人安全培训合格证明', 0, 1)],
    fee: null,
    legalBasis: '《烟花爆竹安全管理条例》第十九条；《烟花爆竹经营许可实施办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
  {
    code: 'YJ-002', name: '危险化学品经营许可（不带储存设施）', departmentCode: 'YJ', kind: 'PROMISED', legalDays: 30, promisedDays: 10,
    materials: [m('危险化学品经营许可证申请表', 1, 0), BUSINESS_LICENSE, m('经营场所产权证明或租赁证明', 0, 1), m('安全生产规章制度和岗位操作规程目录', 1, 0), m('主要负责人、安全生产管理人员安全培训合格证明', 0, 1), m('事故应急救援预案', 1, 0)],
    fee: null,
    legalBasis: '《危险化学品安全管理条例》第三十三条、第三十五条；《危险化学品经营许可证管理办法》',
    delegable: false, delegatedTownshipCodes: null,
  },
];

export const TOWNSHIP_ITEM_TEMPLATES: DemoTownshipItem[] = [
  {
    code: 'T01', name: '特困人员救助供养申请审核', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('特困人员救助供养申请书', 1, 0), ID_CARD, HOUSEHOLD_BOOK, m('本人收入、财产状况说明及授权核对承诺书', 1, 0)],
    fee: null, legalBasis: '《社会救助暂行办法》第三章；《特困人员认定办法》', supervisingDepartmentCode: 'MZ',
  },
  {
    code: 'T02', name: '临时救助申请受理及急难型救助先行审批', kind: 'PROMISED', legalDays: 10, promisedDays: 3,
    materials: [m('临时救助申请书', 1, 0), ID_CARD, m('困难情况证明材料', 0, 1)],
    fee: null, legalBasis: '《社会救助暂行办法》第九章；《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）', supervisingDepartmentCode: 'MZ',
  },
  {
    code: 'T03', name: '高龄津贴申请', kind: 'PROMISED', legalDays: 20, promisedDays: 5,
    materials: [ID_CARD, HOUSEHOLD_BOOK, BANK_CARD],
    fee: null, legalBasis: '《中华人民共和国老年人权益保障法》第三十三条', supervisingDepartmentCode: 'MZ',
  },
  {
    code: 'T04', name: '农村村民宅基地审批', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('农村宅基地和建房（规划许可）申请表', 1, 0), ID_CARD, HOUSEHOLD_BOOK, m('农村宅基地使用承诺书', 1, 0), m('村民小组会议讨论通过及公示情况', 1, 0)],
    fee: null,
    legalBasis: '《中华人民共和国土地管理法》第六十二条；《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）',
    supervisingDepartmentCode: 'NYNC',
  },
  {
    code: 'T05', name: '城乡居民医疗保险缴费登记', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [ID_CARD, HOUSEHOLD_BOOK],
    fee: null, legalBasis: '《中华人民共和国社会保险法》第二十五条', supervisingDepartmentCode: 'YB',
  },
  {
    code: 'T06', name: '林木采伐申请初审', kind: 'PROMISED', legalDays: 5, promisedDays: 2,
    materials: [m('林木采伐申请表', 1, 0), ID_CARD, m('林权证或不动产权证书（林地）', 0, 1)],
    fee: null, legalBasis: '《中华人民共和国森林法》第五十六条', supervisingDepartmentCode: 'LY',
  },
  {
    code: 'T07', name: '生育登记服务', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [m('夫妻双方居民身份证', 1, 0), m('结婚证', 1, 0, false)],
    fee: null, legalBasis: '《中华人民共和国人口与计划生育法》', supervisingDepartmentCode: 'WJ',
  },
  {
    code: 'T08', name: '居住证申领受理', kind: 'PROMISED', legalDays: 15, promisedDays: 7,
    materials: [ID_CARD, PHOTO_2INCH, m('合法稳定就业、合法稳定住所或连续就读证明之一', 0, 1)],
    fee: null, legalBasis: '《居住证暂行条例》', supervisingDepartmentCode: 'GA',
  },
  {
    code: 'T09', name: '农村部分计划生育家庭奖励扶助资格初审', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
    materials: [m('奖励扶助对象申报表', 1, 0), ID_CARD, HOUSEHOLD_BOOK, m('子女情况证明材料', 0, 1)],
    fee: null, legalBasis: '《中华人民共和国人口与计划生育法》；农村部分计划生育家庭奖励扶助制度', supervisingDepartmentCode: 'WJ',
  },
  {
    code: 'T10', name: '农机购置与应用补贴申请受理', kind: 'PROMISED', legalDays: 15, promisedDays: 5,
    materials: [m('农机购置与应用补贴申请表', 1, 0), ID_CARD, m('购机发票', 1, 1), BANK_CARD],
    fee: null, legalBasis: '《中华人民共和国农业机械化促进法》第二十七条', supervisingDepartmentCode: 'NYNC',
  },
  {
    code: 'T11', name: '耕地地力保护补贴面积申报', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [ID_CARD, m('农村土地承包经营权证或承包合同', 0, 1), BANK_CARD],
    fee: null, legalBasis: '《财政部 农业部关于全面推开农业"三项补贴"改革工作的通知》（财农〔2016〕26号）', supervisingDepartmentCode: 'NYNC',
  },
  {
    code: 'T12', name: '农村土地经营权流转合同备案', kind: 'PROMISED', legalDays: 10, promisedDays: 3,
    materials: [m('土地经营权流转合同', 2, 0), m('流转双方身份证明', 0, 1), m('农村土地承包经营权证', 0, 1)],
    fee: null, legalBasis: '《中华人民共和国农村土地承包法》第三十六条；《农村土地经营权流转管理办法》', supervisingDepartmentCode: 'NYNC',
  },
  {
    code: 'T13', name: '城乡居民养老保险待遇领取资格认证', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [ID_CARD],
    fee: null, legalBasis: '《中华人民共和国社会保险法》；《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）', supervisingDepartmentCode: 'RSJ',
  },
  {
    code: 'T14', name: '困难群众医疗救助申请受理', kind: 'PROMISED', legalDays: 15, promisedDays: 5,
    materials: [m('医疗救助申请表', 1, 0), ID_CARD, m('住院费用结算单及医疗票据', 0, 1), m('救助对象身份证明（低保证、特困供养证等）', 0, 1, false)],
    fee: null,
    legalBasis: '《社会救助暂行办法》第五章；《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）',
    supervisingDepartmentCode: 'YB',
  },
  {
    code: 'T15', name: '退役军人和其他优抚对象信息采集', kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0,
    materials: [ID_CARD, m('退役证件或优抚对象证件', 1, 1)],
    fee: null, legalBasis: '《中华人民共和国退役军人保障法》', supervisingDepartmentCode: 'TYJR',
  },
  {
    code: 'T16', name: '残疾人两项补贴申请初审', kind: 'PROMISED', legalDays: 10, promisedDays: 5,
    materials: [m('残疾人两项补贴申请审批表', 1, 0), m('第二代残疾人证', 1, 1), BANK_CARD],
    fee: null, legalBasis: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）', supervisingDepartmentCode: 'CL',
  },
];

// ── Names for generated applicants, businesses, clerks and addresses ────────────────

export const APPLICANT_SURNAMES: string[] = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '蒋', '蔡', '余',
  '杜', '叶', '程', '魏', '苏', '吕', '丁', '任', '沈', '姚', '卢', '钟', '姜', '崔', '谭', '廖', '范', '汪', '陆', '金',
  '欧阳', '司马', '诸葛', '上官',
];

export const APPLICANT_GIVEN_NAMES: string[] = [
  '伟', '芳', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚',
  '桂英', '建华', '建国', '志强', '秀兰', '玉兰', '春梅', '海燕', '国庆', '红梅', '文华', '德明', '永福', '光辉', '淑芬', '晓东',
  '小红', '子涵', '浩然', '欣怡', '梓轩', '雨桐', '宇航', '思远', '俊杰', '佳琪', '诗涵', '一鸣', '嘉怡', '晨曦', '家豪', '婷婷',
  '亚楠', '金凤', '长青', '树林', '福生', '兰英', '德华', '凤英', '玉珍', '学军', '正平', '立新', '素琴', '天佑',
];

export const COMPANY_NAMES: string[] = [
  '临江县河口镇福源农家乐',
  '临江县青禾农业专业合作社',
  '临江县城关镇惠民大药房',
  '临江县双河镇老李面馆',
  '临江县青石镇鑫达建材经营部',
  '临江县白水乡云雾茶叶专业合作社',
  '临江县龙潭镇顺风农机维修部',
  '临江县马鞍镇好邻居便利店',
  '临江县桃花乡桃源农家乐',
  '临江县城关镇佳美理发店',
  '临江县江畔渔家乐',
  '临江县丰收种养殖家庭农场',
  '临江县兴旺畜禽养殖有限公司',
  '临江县安居建筑工程有限公司',
  '临江县通达货物运输有限公司',
  '临江县石门乡山珍土特产经营部',
  '临江县高峰乡红心猕猴桃专业合作社',
  '临江县河口镇平安农资经营部',
  '临江县城关镇乐学图书文具店',
  '临江县青石镇老字号豆花饭店',
  '临江县双河镇绿源生态果蔬专业合作社',
  '临江县龙潭镇星光网吧',
  '临江县城关镇康宁诊所',
  '临江县马鞍镇金穗粮油加工厂',
];

export const CLERK_NAMES: string[] = [
  '王建平', '李晓燕', '张志刚', '刘丽华', '陈国强', '杨秀梅', '黄小军', '赵雪梅', '吴海涛', '周玉兰',
  '徐明亮', '孙丽娟', '马德林', '朱红霞', '胡文斌', '郭春燕', '何俊峰', '高晓琳', '林志远', '罗秀芳',
  '郑永红', '梁晓峰', '谢晓敏', '宋立新', '唐婷婷', '许家俊', '韩淑珍', '冯春生', '邓丽萍', '曾宪文',
  '彭雪莲', '肖文杰', '田亚军', '欧阳晓红',
];

export const STREET_NAMES: string[] = [
  '人民路', '解放路', '滨江大道', '新华街', '建设路', '文化路', '中山街', '青年路', '胜利街', '和平路',
  '东风路', '西城街', '河街', '老街', '振兴路', '桂花巷', '柳荫路', '学府路', '迎宾大道', '南门街',
];
