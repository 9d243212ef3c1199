/** An SVG imported by the app is its text (angular.json `loader`: the icon set, ADR 0023). */
declare module '*.svg' {
  const text: string;
  export default text;
}
