import type { NewWard } from './create-ward';
import { CreateWardRefusedError } from './create-ward';

export const CREATE_WARD_USAGE = `create-ward --code <CODE> --name <name> --admin <username>
            [--province <province>] [--admin-name <full name>]
            a ward from the template of the usual units and groups, with its first admin; prints
            the admin's one-time password once (to be changed at first sign-in)`;

const FLAGS: Record<string, keyof NewWard> = {
  '--code': 'code',
  '--name': 'name',
  '--province': 'province',
  '--admin': 'adminUsername',
  '--admin-name': 'adminFullName',
};

/** `--flag value` pairs into a NewWard; an unknown flag or a missing value is refused. */
export function createWardArgs(args: readonly string[]): NewWard {
  const values: Partial<NewWard> = {};
  for (let index = 0; index < args.length; index += 2) {
    const field = FLAGS[args[index]];
    const value = args[index + 1];
    if (!field) throw new CreateWardRefusedError(`unknown option ${args[index]}\n${CREATE_WARD_USAGE}`);
    if (value === undefined || value.startsWith('--'))
      throw new CreateWardRefusedError(`${args[index]} needs a value\n${CREATE_WARD_USAGE}`);
    values[field] = value;
  }
  for (const required of ['code', 'name', 'adminUsername'] as const) {
    if (!values[required]) throw new CreateWardRefusedError(`missing ${required}\n${CREATE_WARD_USAGE}`);
  }
  return {
    code: values.code ?? '',
    name: values.name ?? '',
    province: values.province ?? '',
    adminUsername: values.adminUsername ?? '',
    adminFullName: values.adminFullName ?? '',
  };
}
