import { useId } from 'react';
import type { Walk } from '../../domain/walk';
import type { RouteView } from './routes';

interface RouteSwitcherProps {
  readonly walk: Walk;
  readonly view: RouteView;
  readonly onChange: (view: RouteView) => void;
}

/** With several candidates, picks whose route the map lights; "All candidates" lights every route at once. */
export function RouteSwitcher({ walk, view, onChange }: RouteSwitcherProps) {
  const id = useId();
  if (walk.candidates.length < 2) return null;
  const views = viewsOf(walk);
  return (
    <div className="map-switcher">
      <label htmlFor={id}>Route shown</label>
      <select id={id} value={view} onChange={(e) => onChange(views.find((v) => v.value === e.target.value)?.value ?? 'all')}>
        {views.map((v) => (
          <option key={v.value} value={v.value}>
            {v.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function viewsOf(walk: Walk): { value: RouteView; label: string }[] {
  return [
    { value: 'all', label: 'All candidates' },
    ...walk.candidates.map((c) => ({ value: c.candidate.id, label: c.candidate.name })),
    ...(walk.inHouse ? [{ value: 'in-house' as const, label: 'Building in-house' }] : []),
  ];
}

/** The chosen view while it still exists; a removed candidate falls back to every route. */
export function validView(walk: Walk, view: RouteView): RouteView {
  return viewsOf(walk).some((v) => v.value === view) ? view : 'all';
}
