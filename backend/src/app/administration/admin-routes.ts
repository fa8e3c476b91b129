import {
  applyDecorators,
  type CanActivate,
  Controller,
  HttpCode,
  Post,
  type Type,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from './admin-only.guard';

/** What every administration controller declares the same way: its tag, token, guard and path. */
export interface GuardedControllerOptions {
  readonly tag: string;
  readonly path: string;
  readonly guard: Type<CanActivate>;
  /** The 403's description in the OpenAPI document: who the caller is not. */
  readonly forbidden: string;
}

/** A controller whose every route needs a token and a role, checked before the body is read. */
export const GuardedController = ({
  tag,
  path,
  guard,
  forbidden,
}: GuardedControllerOptions): ClassDecorator =>
  applyDecorators(
    ApiTags(tag),
    ApiBearerAuth(),
    ApiResponse({ status: 403, description: forbidden }),
    UseGuards(guard),
    Controller(path),
  );

/** A controller of the ward admin's area (/quan-tri), under `path`. */
export const AdminController = (path: string): ClassDecorator =>
  GuardedController({
    tag: 'administration',
    path,
    guard: AdminOnly,
    forbidden: 'The caller is not an admin',
  });

/** The 404 of a route whose id names nothing of the caller's ward (`what`: "unit", "person"…). */
export const NotInWard = (what: string): MethodDecorator & ClassDecorator =>
  ApiResponse({ status: 404, description: `No such ${what} in the caller’s ward` });

/**
 * A POST that changes one record's standing (deactivate, reactivate, a new password) rather than
 * creating anything, so it answers 200 with `type`, not 201.
 */
export const StandingChange = (path: string, summary: string, type: Type): MethodDecorator =>
  applyDecorators(Post(path), HttpCode(200), ApiOperation({ summary }), ApiOkResponse({ type }));
