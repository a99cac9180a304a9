/**
 * The decision map's place beside the wizard (src/features/map fills it).
 * Keep the aside and its label: tests and screen reader users find the map by it.
 */
export function MapSlot() {
  return (
    <aside className="map-slot" aria-label="Decision map">
      <p className="map-placeholder">The map of the decision tree will appear here.</p>
    </aside>
  );
}
