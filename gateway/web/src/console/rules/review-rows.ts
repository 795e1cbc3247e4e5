/** The review lists of both tiers as one row shape (the unit's name where each tier keeps it). Pure. */
type Unit = { name: string };
export function withUnitName<T extends object>(rows: readonly T[]): (T & { unitName: string })[] {
  return rows.map((r) => {
    const unit = ('department' in r ? r.department : 'township' in r ? r.township : null) as Unit | null;
    return { ...r, unitName: unit?.name ?? '' };
  });
}
