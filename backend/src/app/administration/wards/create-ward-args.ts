import type { NewWard } from './create-ward';
import { CreateWardRefusedError } from './create-ward';

export const CREATE_WARD_USAGE = `create-ward --code <CODE> --name <name> --admin <username>
            [--province <province>] [--admin-name <full name>] [--city]
            a ward from the template of the usual units and groups, with its first admin; prints
            the admin's one-time password once (to be changed at first sign-in). With --city, the
            city's own office: its admin is also a city-level admin, who creates wards and grants
            city-level people access to them from the administration page`;

const FLAGS: Record<string, Exclude<keyof NewWard, 'city' | 'grantTo'>> = {
  '--code': 'code',
  '--name': 'name',
  '--province': 'province',
  '--admin': 'adminUsername',
  '--admin-name': 'adminFullName',
};

/** `--flag value` pairs into a NewWard; an unknown flag or a missing value is refused. */
export function createWardArgs(args: readonly string[]): NewWard {
  const values: Partial<NewWard> = {};
  const city = args.includes('--city');
  const pairs = args.filter((arg) => arg !== '--city');
  for (let index = 0; index < pairs.length; index += 2) {
    const field = FLAGS[pairs[index]];
    const value = pairs[index + 1];
    if (!field) throw new CreateWardRefusedError(`unknown option ${pairs[index]}\n${CREATE_WARD_USAGE}`);
    if (value === undefined || value.startsWith('--'))
      throw new CreateWardRefusedError(`${pairs[index]} needs a value\n${CREATE_WARD_USAGE}`);
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
    city,
  };
}
