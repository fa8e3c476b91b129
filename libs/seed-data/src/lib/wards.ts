import {
  CA_UNIT,
  COMMON_GROUPS,
  KTHTDT_UNIT,
  MTTQ_UNIT,
  PVHCC_UNIT,
  QS_UNIT,
  UBND_UNIT,
  VHXH_UNIT,
  VP_UNIT,
  publicServiceUnitsGroup,
} from './common-units';
import type { UnitGroupSeed, UnitSeed, WardSeed } from './types';

const DVSNC_UNIT: UnitSeed = {
  code: 'DVSNC',
  name: 'Trung tâm Dịch vụ sự nghiệp công phường',
  aliases: ['Trung tâm Dịch vụ sự nghiệp công', 'Trung tâm DVSNC'],
};

/** Bắc Hồng Lĩnh (Hà Tĩnh) names its service centre differently: "Trung tâm DVTH". */
const DVTH_UNIT: UnitSeed = {
  code: 'DVTH',
  name: 'Trung tâm Dịch vụ tổng hợp phường',
  aliases: ['Trung tâm Dịch vụ tổng hợp', 'Trung tâm DVTH'],
};

/** Fresh copies, so that a consumer mutating one ward's catalog never changes another's. */
function copyUnits(units: UnitSeed[]): UnitSeed[] {
  return units.map((unit) => ({ ...unit, aliases: [...unit.aliases] }));
}

function copyGroups(groups: UnitGroupSeed[]): UnitGroupSeed[] {
  return groups.map((group) => ({
    ...group,
    aliases: [...group.aliases],
    members: group.members === 'all' ? 'all' : [...group.members],
  }));
}

function wardUnits(serviceCentre: UnitSeed): UnitSeed[] {
  return copyUnits([
    UBND_UNIT,
    VP_UNIT,
    VHXH_UNIT,
    KTHTDT_UNIT,
    PVHCC_UNIT,
    serviceCentre,
    CA_UNIT,
    QS_UNIT,
    MTTQ_UNIT,
  ]);
}

const REVIEWER_UNIT_CODE = 'VHXH';
const APPROVER_UNIT_CODE = 'VP';

export const HAI_DUONG: WardSeed = {
  code: 'HD',
  name: 'Phường Hải Dương',
  province: 'Hải Phòng',
  units: wardUnits(DVSNC_UNIT),
  groups: copyGroups([
    ...COMMON_GROUPS,
    publicServiceUnitsGroup('DVSNC'),
    {
      // Row 38 of the appendix lists the owners of public assets in one long phrase.
      name: 'Cơ quan, tổ chức, đơn vị đang quản lý, sử dụng tài sản công',
      members: 'all',
      aliases: [
        'Cơ quan nhà nước, đơn vị sự nghiệp công lập, cơ quan Đảng Cộng sản Việt Nam, Mặt trận Tổ quốc Việt Nam, tổ chức chính trị - xã hội, tổ chức xã hội, tổ chức xã hội - nghề nghiệp và tổ chức khác được thành lập theo quy định của pháp luật về hội đang quản lý, sử dụng tài sản công',
      ],
    },
  ]),
  plans: [
    {
      file: 'hai-duong-cchc-2026.txt',
      symbol: '',
      issuedOn: '2026-01-12',
      issuer: 'Ủy ban nhân dân phường Hải Dương',
      title: 'Kế hoạch cải cách hành chính nhà nước phường Hải Dương năm 2026',
      legalBasis: [
        'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
        'Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030',
        'Quyết định số 463/QĐ-UBND ngày 11/9/2025 về việc ban hành Kế hoạch thực hiện Chương trình tổng thể CCHC nhà nước phường Hải Dương giai đoạn 2026-2030',
      ],
      year: 2026,
      reviewerUnitCode: REVIEWER_UNIT_CODE,
      approverUnitCode: APPROVER_UNIT_CODE,
    },
  ],
};

export const NHI_CHIEU: WardSeed = {
  code: 'NC',
  name: 'Phường Nhị Chiểu',
  province: 'Hải Phòng',
  units: wardUnits(DVSNC_UNIT),
  groups: copyGroups([...COMMON_GROUPS, publicServiceUnitsGroup('DVSNC')]),
  plans: [
    {
      file: 'nhi-chieu-kl226-2026.txt',
      symbol: '158/KH-UBND',
      issuedOn: '2026-05-05',
      issuer: 'Ủy ban nhân dân phường Nhị Chiểu',
      title:
        'Kế hoạch triển khai thực hiện Quyết định số 534/QĐ-TTg ngày 31/3/2026 của Thủ tướng Chính phủ về ban hành Kế hoạch thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư về chấn chỉnh lề lối làm việc, nâng cao hiệu quả hoạt động của hệ thống chính trị trên địa bàn phường Nhị Chiểu',
      legalBasis: [
        'Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư',
        'Quyết định số 534/QĐ-TTg ngày 31/3/2026 của Thủ tướng Chính phủ',
        'Kế hoạch số 144/KH-UBND ngày 21/4/2026 của Ủy ban nhân dân thành phố Hải Phòng',
      ],
      year: 2026,
      reviewerUnitCode: REVIEWER_UNIT_CODE,
      approverUnitCode: APPROVER_UNIT_CODE,
    },
  ],
};

export const BAC_HONG_LINH: WardSeed = {
  code: 'BHL',
  name: 'Phường Bắc Hồng Lĩnh',
  province: 'Hà Tĩnh',
  units: wardUnits(DVTH_UNIT),
  groups: copyGroups([
    ...COMMON_GROUPS,
    publicServiceUnitsGroup('DVTH'),
    {
      // The units that lead one area of administrative reform each (the plan's own wording).
      name: 'Các cơ quan chủ trì CCHC của phường',
      members: ['VHXH', 'VP', 'PVHCC', 'KTHTDT'],
      aliases: ['Các cơ quan chủ trì CCHC của phường'],
    },
  ]),
  plans: [
    {
      file: 'bac-hong-linh-cchc-2026-framework.txt',
      symbol: '',
      issuedOn: null,
      issuer: 'Ủy ban nhân dân phường Bắc Hồng Lĩnh',
      title: 'Khung nhiệm vụ cải cách hành chính trọng tâm năm 2026',
      legalBasis: [],
      year: 2026,
      reviewerUnitCode: REVIEWER_UNIT_CODE,
      approverUnitCode: APPROVER_UNIT_CODE,
    },
  ],
};

export const DEMO_WARDS: WardSeed[] = [HAI_DUONG, NHI_CHIEU, BAC_HONG_LINH];
