import { Param, ParseUUIDPipe } from '@nestjs/common';

/** A route's id parameter, refused with a 400 before any lookup unless it is a UUID. */
export const UuidParam = (name: string): ParameterDecorator => Param(name, new ParseUUIDPipe());
