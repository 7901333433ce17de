export const SERVER_RENDERED_PATH: string;
export function serverRender(): { name: string; serve(context: unknown): Promise<unknown> };
