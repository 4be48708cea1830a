// A minimal typed client: any operation generated from src/operations/ is sent with its variables' type and
// answers its result's type. A real application would use its GraphQL client of choice (urql, Apollo, …),
// which take the same TypedDocumentNode.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** A GraphQL error as the API answers it: English message, Vietnamese one in extensions.messageVi. */
export interface ApiError {
  message: string;
  extensions?: { classification?: string; code?: string; messageVi?: string; [key: string]: unknown };
}

export class GraphQlRequestError extends Error {
  constructor(readonly errors: ApiError[]) {
    super(errors.map((e) => e.extensions?.messageVi ?? e.message).join('\n'));
  }
}

export async function execute<Result, Variables>(
  endpoint: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  token?: string,
): Promise<Result> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result | null; errors?: ApiError[] };
  if (body.errors?.length || body.data == null) {
    throw new GraphQlRequestError(body.errors ?? [{ message: `HTTP ${response.status}` }]);
  }
  return body.data;
}
