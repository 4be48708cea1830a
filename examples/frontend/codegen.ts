import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed schema: `npm run codegen` writes src/gql/ (not committed), which the
// operations in src/operations/*.graphql and the code in src/ are checked against.
const config: CodegenConfig = {
  schema: '../../campaign-api/schema.graphql',
  documents: ['src/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Money: 'string',
          Decimal: 'string',
        },
      },
    },
  },
};

export default config;
