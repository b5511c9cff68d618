// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// Deployment: ZHENDANG_SITE is the public origin (for canonical links), and
// ZHENDANG_BASE the sub-path the site is served under ("/" at a domain root,
// "/zhendang/" on a project page).
export default defineConfig({
  site: process.env.ZHENDANG_SITE || 'http://localhost:4321',
  base: process.env.ZHENDANG_BASE || '/',
  trailingSlash: 'always',
  // Archived text must reach the page unaltered: no smart quotes or dashes
  // (SmartyPants would turn "--" into an en dash), and no GFM, whose
  // autolinks, tables and strikethrough would read markup into plain text.
  markdown: { gfm: false, smartypants: false },
  integrations: [mdx()],
  build: { format: 'directory' },
});
