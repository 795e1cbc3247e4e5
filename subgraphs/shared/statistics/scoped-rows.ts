/** Which part of a tier figures are wanted for: the whole tier, one unit (department or township), or one item. */
export interface Scope {
  unitId?: string;
  itemId?: string;
}

/** A row of grouped figures: where the counted cases belong. */
export interface UnitItemRow {
  unitId: string;
  itemId: string;
}

/**
 * Grouped rows of one tier, indexed once so that slicing out any scope costs only that scope's
 * rows: a dashboard listing every item of every unit stays linear in the number of rows.
 */
export class ScopedRows<R extends UnitItemRow> {
  private readonly byUnit = new Map<string, R[]>();
  private readonly byItem = new Map<string, R[]>();

  constructor(private readonly all: readonly R[]) {
    for (const r of all) {
      push(this.byUnit, r.unitId, r);
      push(this.byItem, r.itemId, r);
    }
  }

  rows(scope: Scope): readonly R[] {
    if (scope.itemId) return (this.byItem.get(scope.itemId) ?? []).filter((r) => !scope.unitId || r.unitId === scope.unitId);
    if (scope.unitId) return this.byUnit.get(scope.unitId) ?? [];
    return this.all;
  }
}

function push<R>(map: Map<string, R[]>, key: string, row: R): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

/** Rows keyed by unit and item, made on first use: for adding grouped rows up per unit and item. */
export class UnitItemRows<R> {
  // Unit, then item: no key string is built per row (thousands of rows per request).
  private readonly byUnit = new Map<string, Map<string, R>>();
  private readonly all: R[] = [];

  constructor(private readonly create: (unitId: string, itemId: string) => R) {}

  get(unitId: string, itemId: string): R {
    let items = this.byUnit.get(unitId);
    if (!items) this.byUnit.set(unitId, (items = new Map()));
    let row = items.get(itemId);
    if (!row) {
      items.set(itemId, (row = this.create(unitId, itemId)));
      this.all.push(row);
    }
    return row;
  }

  list(): R[] {
    return [...this.all];
  }
}
