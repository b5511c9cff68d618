/** OpenCC's dictionaries (opencc-js), each a string "from to|from to|…"; the package types only its converters. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
