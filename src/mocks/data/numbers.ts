/** Area codes with numbers to offer; 999 is the documented area code with none left. */
export const EMPTY_AREA_CODE = '999';

const inventoryAreaCodes = ['201', '551', '973', '862', '908', '212', '646', '917', '718', '347'];

// 555-0100..0199 numbers are reserved for fiction; 0101-0119 stay free for the personas.
function numbersFor(areaCode: string): string[] {
  return Array.from({ length: 12 }, (_, index) => `${areaCode}5550${120 + index * 7}`);
}

export const numberInventory: Record<string, string[]> = Object.fromEntries([
  ...inventoryAreaCodes.map((areaCode) => [areaCode, numbersFor(areaCode)] as const),
  [EMPTY_AREA_CODE, []],
]);

export const nearbyAreaCodes: Record<string, string[]> = {
  '201': ['551', '973'],
  '551': ['201', '973'],
  '973': ['862', '201'],
  '862': ['973', '908'],
  '908': ['973', '862'],
  '212': ['646', '917'],
  '646': ['212', '917'],
  '917': ['212', '646'],
  '718': ['347', '917'],
  '347': ['718', '917'],
  [EMPTY_AREA_CODE]: ['201', '551', '973'],
};

/** ZIP codes the number search understands, mapped to their main area code. */
export const zipAreaCodes: Record<string, string> = {
  '07030': '201', // Hoboken
  '07306': '201', // Jersey City
  '07601': '201', // Hackensack
  '07024': '201', // Fort Lee
  '07020': '201', // Edgewater
  '07042': '973', // Montclair
  '07102': '973', // Newark
  '07901': '908', // Summit
  '10010': '212', // Manhattan, Gramercy
  '10001': '212', // Manhattan, Chelsea
  '11201': '718', // Brooklyn Heights
  '10451': '718', // The Bronx
};

export function isInInventory(number: string): boolean {
  return numberInventory[number.slice(0, 3)]?.includes(number) ?? false;
}
