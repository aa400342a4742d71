export declare const RECIPE_PATH: URL
export declare function readRecipe(): string
export declare function fillRecipe(
  recipe: string,
  values?: { port?: string; root?: string; upstream?: string; recovery?: string },
): string
