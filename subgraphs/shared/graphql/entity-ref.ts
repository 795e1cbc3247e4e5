/** An entity another subgraph owns, as this one returns it: its key alone; the gateway fetches the rest. */
export interface EntityRef {
  id: string;
}
