export interface HealthDto {
  status: 'ok';
  database: 'sqlite' | 'postgres';
  version: string;
}
