package vn.campaign.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Starts calls at the same moment, for tests of concurrent requests. */
public final class Race {

    private Race() {
    }

    /**
     * Runs the calls on the pool, each waiting until all have started, and returns their results in order.
     *
     * @param pool  threads enough for every call at once
     * @param calls the calls
     * @param <T>   what a call returns
     * @return the results, in the calls' order
     * @throws Exception when a call fails or the race takes more than a minute
     */
    public static <T> List<T> run(ExecutorService pool, List<Callable<T>> calls) throws Exception {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : calls) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
