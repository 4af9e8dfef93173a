import { EXPERIMENTAL_TableFeature, type FeatureProviderServer } from '@payloadcms/richtext-lexical'

/**
 * The rich-text features authors get on top of Lexical's defaults (headings, lists, links,
 * quotes, emphasis…). Shared by the editor and the Markdown converters of the curriculum
 * importer, so both understand exactly the same content.
 */
export const editorFeatures = ({ defaultFeatures }: { defaultFeatures: FeatureProviderServer[] }): FeatureProviderServer[] => [
  ...defaultFeatures,
  EXPERIMENTAL_TableFeature(),
]
