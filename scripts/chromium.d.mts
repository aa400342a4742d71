export declare function findChromium(): { executablePath: string | undefined } | null
