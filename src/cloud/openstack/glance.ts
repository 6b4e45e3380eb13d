import { CloudImage } from '../resources';
import { Api } from './http';

interface GlImage {
  id: string;
  name: string | null;
  min_disk?: number;
  created_at: string;
}

function toImage(i: GlImage): CloudImage {
  return { id: i.id, name: i.name ?? i.id, minDiskGb: i.min_disk ?? 0 };
}

/** Glance v2: the public images tenants boot from; lookups by id in one call (`id=in:`). */
export const glance = {
  async list(api: Api): Promise<CloudImage[]> {
    const images = await api.all<GlImage>('image', '/v2/images', 'images', {
      query: [
        ['visibility', 'public'],
        ['status', 'active'],
        ['limit', 100],
      ],
    });
    return images
      .sort((a, b) => a.created_at.localeCompare(b.created_at) || (a.name ?? '').localeCompare(b.name ?? ''))
      .map(toImage);
  },

  async get(api: Api, ids: readonly string[]): Promise<Map<string, CloudImage>> {
    const unique = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (unique.length === 0) return new Map();
    const out = new Map<string, CloudImage>();
    for (let i = 0; i < unique.length; i += 40) {
      const part = unique.slice(i, i + 40);
      const images = await api.all<GlImage>('image', '/v2/images', 'images', {
        query: [
          ['id', `in:${part.join(',')}`],
          ['visibility', 'all'],
          ['limit', 100],
        ],
      });
      for (const image of images) out.set(image.id, toImage(image));
    }
    return out;
  },
};
