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
}

const TOWNSHIP_QUERY = `query($id: ID!) { township(id: $id) { id name divisionCode } }`;

export function townshipDirectory(target: ServiceTarget): TownshipDirectory {
  return {
    async find(id) {
      try {
        const data = await callService<{ township: TownshipInfo | null }>(target, TOWNSHIP_QUERY, { id });
        return data.township;
      } catch {
        throw appError(
          'SERVICE_UNAVAILABLE',
          'The township service cannot be reached to check the township; nothing was stored, please try again later (乡镇服务暂不可用，请稍后再试)',
        );
      }
    },
  };
}
