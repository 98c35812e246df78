import type { SecretStore } from './secretStore';
import type { PlatformHandler } from './types';

export function secretSetHandler(store: SecretStore): PlatformHandler<'secretSet'> {
  return ({ name, value }) => store.set(name, value);
}

export function secretGetHandler(store: SecretStore): PlatformHandler<'secretGet'> {
  return ({ name }) => store.get(name);
}

export function secretDeleteHandler(store: SecretStore): PlatformHandler<'secretDelete'> {
  return ({ name }) => store.delete(name);
}
