package vn.campaign.api.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * The GraphQL documents already parsed and validated, kept by their exact text, so that a client sending the
 * same query again (as every client does, with new variables) skips parsing and validation.
 *
 * <p>Only a document that parsed and validated without an error is kept: one with errors is parsed again on each
 * request, so its errors come in each caller's language and a flood of malformed documents keeps nothing. A
 * document refused by the limits that run while it is parsed or validated (tokens, root fields, aliases,
 * directives, expanded fields) throws, so it is never kept and is refused again each time. Those limits depend
 * on the text alone, so a kept document would pass them again; the limits that depend on the variables (depth
 * and complexity, the timeout) run at execution, on every request. The key is the whole text, character for
 * character: another text — even the same query spaced differently — is another entry.
 *
 * <p>Bounded by the number of documents and their total length; the least recently used go first.
 */
public final class ParsedDocuments implements PreparsedDocumentProvider {

    private final int maxDocuments;
    private final long maxCharacters;
    private final Map<String, PreparsedDocumentEntry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long characters;

    /**
     * A cache of parsed documents.
     *
     * @param maxDocuments  the most documents kept, at least 1
     * @param maxCharacters the most characters kept over all documents' texts, at least 1
     * @throws IllegalArgumentException when a bound is below 1
     */
    public ParsedDocuments(int maxDocuments, long maxCharacters) {
        if (maxDocuments < 1 || maxCharacters < 1) {
            throw new IllegalArgumentException("the bounds must be at least 1, were " + maxDocuments + " documents and "
                    + maxCharacters + " characters");
        }
        this.maxDocuments = maxDocuments;
        this.maxCharacters = maxCharacters;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String text = input.getQuery();
        PreparsedDocumentEntry kept = kept(text);
        if (kept != null) {
            return CompletableFuture.completedFuture(kept);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors() && entry.getDocument() != null) {
            keep(text, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    /**
     * How many documents are kept.
     *
     * @return the count
     */
    public synchronized int size() {
        return entries.size();
    }

    private synchronized @Nullable PreparsedDocumentEntry kept(String text) {
        return entries.get(text);
    }

    private synchronized void keep(String text, PreparsedDocumentEntry entry) {
        if (text.length() > maxCharacters) {
            return;
        }
        if (entries.put(text, entry) == null) {
            characters += text.length();
        }
        var eldest = entries.entrySet().iterator();
        while ((entries.size() > maxDocuments || characters > maxCharacters) && eldest.hasNext()) {
            String dropped = eldest.next().getKey();
            eldest.remove();
            characters -= dropped.length();
        }
    }
}
