import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { GATEWAY_METADATA, MESSAGE_MAPPING_METADATA, MESSAGE_METADATA } from '@nestjs/websockets/constants';

/** Every message name a Socket.IO gateway of the running app subscribes to, sorted. */
export function gatewayMessages(app: INestApplication): string[] {
  const names = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null | undefined;
      if (typeof type !== 'function' || !Reflect.getMetadata(GATEWAY_METADATA, type)) continue;
      const prototype = type.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const method = prototype[name];
        if (typeof method === 'function' && Reflect.getMetadata(MESSAGE_MAPPING_METADATA, method)) {
          names.add(String(Reflect.getMetadata(MESSAGE_METADATA, method)));
        }
      }
    }
  }
  return [...names].sort();
}
