import type { UnitGroupSeed, UnitSeed } from './types';

/*
 * Units and groups every ward of the seeds has, with the spellings found in the three plans.
 * Matching is case-, spacing- and diacritic-tolerant, so an alias is listed once per wording, not
 * once per accent or dash variant; a few accent variants are kept anyway because they document
 * what the plans really write.
 */

export const UBND_UNIT: UnitSeed = {
  code: 'UBND',
  name: 'Ủy ban nhân dân phường',
  aliases: ['UBND phường', 'UBND', 'Ủy ban nhân dân', 'Lãnh đạo UBND phường', 'Chủ tịch UBND phường'],
};

export const VP_UNIT: UnitSeed = {
  code: 'VP',
  name: 'Văn phòng HĐND và UBND phường',
  aliases: [
    'Văn phòng HĐND&UBND',
    'Văn phòng HĐND-UBND',
    'Văn phòng HĐND và UBND',
    'Văn phòng HĐND và UBND phường',
    'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
    'Văn phòng',
  ],
};

export const VHXH_UNIT: UnitSeed = {
  code: 'VHXH',
  name: 'Phòng Văn hoá – Xã hội',
  aliases: [
    'Phòng VHXXH',
    'Phòng VHXH',
    'phòng VHXH',
    'Phòng Văn hóa - Xã hội',
    'Phòng Văn hoá – Xã hội',
    'Phòng Văn hóa - Xã hội (VHXH)',
  ],
};

export const KTHTDT_UNIT: UnitSeed = {
  code: 'KTHTDT',
  name: 'Phòng Kinh tế, Hạ tầng và Đô thị',
  aliases: [
    'Phòng KTHT&ĐT',
    'Phòng KTHTĐT',
    'Phòng Kinh tế, Hạ tầng và Đô thị',
    'Phòng Kinh tế - Hạ tầng và Đô thị',
  ],
};

export const PVHCC_UNIT: UnitSeed = {
  code: 'PVHCC',
  name: 'Trung tâm Phục vụ hành chính công phường',
  aliases: [
    'Trung tâm PVHCC',
    'Trung tâm phục vụ HCC',
    'Trung tâm PV HCC',
    'Trung tâm Phục vụ hành chính công',
    'Trung tâm phục vụ hành chính công phường',
  ],
};

export const CA_UNIT: UnitSeed = {
  code: 'CA',
  name: 'Công an phường',
  aliases: ['Công an phường', 'Công an'],
};

export const QS_UNIT: UnitSeed = {
  code: 'QS',
  name: 'Ban Chỉ huy quân sự phường',
  aliases: ['Ban Chỉ huy quân sự', 'Ban CHQS phường', 'Ban CHQS'],
};

export const MTTQ_UNIT: UnitSeed = {
  code: 'MTTQ',
  name: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường',
  aliases: [
    'Mặt trận Tổ quốc Việt Nam',
    'Ủy ban MTTQ Việt Nam phường',
    'Cơ quan UBMTTQVN phường',
    'UBMTTQVN phường',
    'các đoàn thể',
    'Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội phường',
    'Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội',
  ],
};

/** "Các phòng, đơn vị chuyên môn" and the other ways the plans say "every working unit". */
export const SPECIALIST_UNITS_GROUP: UnitGroupSeed = {
  name: 'Các phòng, đơn vị chuyên môn',
  members: 'all',
  aliases: [
    'Các phòng, đơn vị chuyên môn',
    'Các phòng, đơn vị',
    'Các phòng, cơ quan, đơn vị',
    'Các phòng chuyên môn',
    'Phòng chuyên môn',
    'Các phòng chuyên môn, tổ chức hành chính',
    'Các phòng chuyên môn, đơn vị',
    'Các phòng thuộc UBND phường',
    'Các phòng, ban chuyên môn',
    'Các cơ quan, đơn vị',
    'Các đơn vị',
    'Các cơ quan, đơn vị, địa phương',
    'Các cơ quan, đơn vị áp dụng',
  ],
};

export const ALL_UNITS_GROUP: UnitGroupSeed = {
  name: 'Các phòng, ban, ngành, các đơn vị sự nghiệp công lập trực thuộc UBND phường',
  members: 'all',
  aliases: [
    'Các phòng, ban, ngành, các đơn vị sự nghiệp công lập trực thuộc UBND phường',
    'Các đơn vị trực thuộc UBND phường',
  ],
};

export const RELATED_UNITS_GROUP: UnitGroupSeed = {
  name: 'Các phòng, đơn vị có liên quan',
  members: 'all',
  aliases: [
    'Các phòng, đơn vị có liên quan',
    'Các phòng, đơn vị liên quan',
    'Các phòng, cơ quan, đơn vị có liên quan',
    'Các cơ quan, đơn vị liên quan',
    'Các cơ quan, đơn vị có liên quan',
    'Các cơ quan, đơn vị liên quan khác',
    'Các cơ quan liên quan',
    'Các đơn vị liên quan',
    'Các đơn vị có liên quan',
    'Các cơ quan, tổ chức, cá nhân có liên quan',
  ],
};

export const LEGAL_DRAFTERS_GROUP: UnitGroupSeed = {
  name: 'Các phòng, đơn vị chủ trì soạn thảo văn bản quy phạm pháp luật',
  members: 'all',
  aliases: ['Các phòng, đơn vị chủ trì soạn thảo các văn bản quy phạm pháp luật'],
};

/** Public service units ("đơn vị sự nghiệp công lập"): the ward's service centre. */
export function publicServiceUnitsGroup(serviceCentreCode: string): UnitGroupSeed {
  return {
    name: 'Các đơn vị sự nghiệp công lập',
    members: [serviceCentreCode],
    aliases: ['Các đơn vị sự nghiệp công lập', 'Các đơn vị sự nghiệp'],
  };
}

export const COMMON_GROUPS: UnitGroupSeed[] = [
  SPECIALIST_UNITS_GROUP,
  ALL_UNITS_GROUP,
  RELATED_UNITS_GROUP,
  LEGAL_DRAFTERS_GROUP,
];
