/** opencc-js ships its dictionaries as untyped modules (`export default "a b|c d"`). */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
