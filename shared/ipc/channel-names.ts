// Channel names alone, for the sandboxed preload: it allow-lists them without bundling the schemas.
// contract.ts checks at compile time that these lists and its maps name the same channels.
export const invokeChannelNames = ['app:get-info'] as const;
export const eventChannelNames = ['scan:received', 'scanner:status'] as const;
