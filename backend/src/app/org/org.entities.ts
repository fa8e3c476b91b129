import { UnitGroupEntity } from './entities/unit-group.entity';
import { UnitEntity } from './entities/unit.entity';
import { UserEntity } from './entities/user.entity';
import { WardGrantEntity } from './entities/ward-grant.entity';
import { WardSettingsEntity } from './entities/ward-settings.entity';
import { WardEntity } from './entities/ward.entity';

export const ORG_ENTITIES = [
  WardEntity,
  UnitEntity,
  UserEntity,
  WardGrantEntity,
  UnitGroupEntity,
  WardSettingsEntity,
];
