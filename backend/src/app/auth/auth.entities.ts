import { RefreshTokenEntity } from './entities/refresh-token.entity';

export const AUTH_ENTITIES = [RefreshTokenEntity];
