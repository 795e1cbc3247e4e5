import { appError } from '../shared/graphql/errors';
import { callService, type ServiceTarget } from '../shared/outbox/service-call';

export interface TownshipInfo {
  id: string;
  name: string;
  /** The unit code of the township's case numbers. */
  divisionCode: string;
}

/** Townships are the township service's data; the county asks it rather than keeping a copy. */
export interface TownshipDirectory {
  /** The township, or null when there is none with this id; SERVICE_UNAVAILABLE when the service cannot answer. */
  find(id: string): Promise<TownshipInfo | null>;
  /** Which of these ids are townships (one call); SERVICE_UNAVAILABLE when the service cannot answer. */
  known(ids: readonly string[]): Promise<Set<string>>;
}

const TOWNSHIP_QUERY = `query($id: ID!) { township(id: $id) { id name divisionCode } }`;
const TOWNSHIPS_QUERY = `{ townships { id } }`;

const unavailable = () =>
  appError(
    'SERVICE_UNAVAILABLE',
    'The township service cannot be reached to check the township; nothing was stored, please try again later (乡镇服务暂不可用，请稍后再试)',
  );

export function townshipDirectory(target: ServiceTarget): TownshipDirectory {
  return {
    async find(id) {
      try {
        const data = await callService<{ township: TownshipInfo | null }>(target, TOWNSHIP_QUERY, { id });
        return data.township;
      } catch {
        throw unavailable();
      }
    },
    async known(ids) {
      if (ids.length === 0) return new Set();
      try {
        const data = await callService<{ townships: { id: string }[] }>(target, TOWNSHIPS_QUERY, {});
        return new Set(data.townships.map((t) => t.id).filter((id) => ids.includes(id)));
      } catch {
        throw unavailable();
      }
    },
  };
}
