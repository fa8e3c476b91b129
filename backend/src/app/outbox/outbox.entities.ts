import { OutboxEntity } from './outbox.entity';

export const OUTBOX_ENTITIES = [OutboxEntity];
