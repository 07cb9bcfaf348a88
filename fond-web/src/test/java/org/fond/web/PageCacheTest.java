package org.fond.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A rendered page is kept under the state it was made in, and only there. */
class PageCacheTest {
    private final AtomicInteger renders = new AtomicInteger();

    private static String text(byte[] page) {
        return new String(page, StandardCharsets.UTF_8);
    }

    private String render(String what) {
        renders.incrementAndGet();
        return "<html>" + what + "</html>";
    }

    @Test
    void keepsAPageUntilTheStateMovesOn() {
        PageCache cache = new PageCache(1 << 20);
        assertThat(text(cache.page("a", "translated", 1L, () -> render("a1")))).isEqualTo("<html>a1</html>");
        assertThat(text(cache.page("a", "translated", 1L, () -> render("again")))).isEqualTo("<html>a1</html>");
        assertThat(text(cache.page("a", "original", 1L, () -> render("a1 original")))).isEqualTo("<html>a1 original</html>");
        assertThat(renders).hasValue(2);
        assertThat(text(cache.page("a", "translated", 2L, () -> render("a2")))).as("a new state").isEqualTo("<html>a2</html>");
        assertThat(text(cache.page("a", "original", 2L, () -> render("a2 original")))).isEqualTo("<html>a2 original</html>");
        assertThat(cache.stats().hits()).isOne();
        assertThat(cache.stats().misses()).isEqualTo(4);
        assertThat(cache.stats().invalidations()).isOne();
        assertThat(cache.stats().entries()).isEqualTo(2);
    }

    @Test
    void keepsThePageAsUtf8() {
        PageCache cache = new PageCache(1 << 20);
        cache.page("s1", "translated", 1L, () -> render("Ким Ир Сен 김일성"));
        assertThat(text(cache.page("s1", "translated", 1L, () -> render("again")))).isEqualTo("<html>Ким Ир Сен 김일성</html>");
        assertThat(cache.stats().bytes()).isLessThan(300);
    }

    @Test
    void keepsNothingWithoutAStateOrABound() {
        PageCache cache = new PageCache(1 << 20);
        cache.page("a", "translated", null, () -> render("x"));
        cache.page("a", "translated", null, () -> render("x"));
        PageCache off = new PageCache(0);
        off.page("a", "translated", 1L, () -> render("y"));
        off.page("a", "translated", 1L, () -> render("y"));
        assertThat(renders).hasValue(4);
        assertThat(off.stats().entries()).isZero();
    }

    @Test
    void aPageRenderedWhileTheStateChangedIsNotKeptUnderTheNewOne() {
        PageCache cache = new PageCache(1 << 20);
        byte[] page = cache.page("a", "translated", 1L, () -> {
            cache.page("b", "translated", 2L, () -> render("b2")); // the index commits meanwhile
            return render("a1");
        });
        assertThat(text(page)).isEqualTo("<html>a1</html>");
        assertThat(text(cache.page("a", "translated", 2L, () -> render("a2")))).isEqualTo("<html>a2</html>");
    }

    @Test
    void aFailedRenderKeepsNothing() {
        PageCache cache = new PageCache(1 << 20);
        assertThatThrownBy(() -> cache.page("gone", "translated", 1L, () -> {
            throw Problem.notFound("no record gone");
        })).isInstanceOf(Problem.class);
        assertThat(cache.stats().entries()).isZero();
    }
}
