package org.cmikg.cli;

import java.io.PrintStream;

import org.cmikg.link.Progress;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error, in plain ASCII; none when standard error is not a terminal (logs, CI). */
final class ConsoleProgress implements Progress {
    private final String task;
    private final PrintStream err;
    private ProgressBar bar;

    private ConsoleProgress(String task, PrintStream err) {
        this.task = task;
        this.err = err;
    }

    /** A bar when there is a console to draw it on, else nothing. */
    static Progress forConsole(String task) {
        return System.console() == null ? Progress.NONE : new ConsoleProgress(task, System.err);
    }

    @Override
    public void start(long total) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(250).continuousUpdate().build();
    }

    @Override
    public void step(String what) {
        bar.setExtraMessage(what);
        bar.step();
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
