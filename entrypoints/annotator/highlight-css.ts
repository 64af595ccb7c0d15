/** How marks look; users can restyle `::highlight(negah-date)` and `::highlight(negah-entity)`. */
export const HIGHLIGHT_CSS = `
::highlight(negah-date) { background-color: rgba(255, 196, 0, 0.28); text-decoration: underline dotted rgba(180, 120, 0, 0.9); text-decoration-thickness: 2px; text-underline-offset: 4px; }
::highlight(negah-entity) { text-decoration: underline solid rgba(11, 110, 79, 0.75); text-decoration-thickness: 2px; text-underline-offset: 5px; }
::highlight(negah-focus) { background-color: rgba(11, 110, 79, 0.25); }
`;
