package dev.berth.sim.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on a world's folder. Two processes appending to one journal would each replay only their own
 * commands and the world would split in two; the second one is refused instead. The OS drops the lock if the
 * process dies, so a crash never leaves a world locked.
 */
public final class WorldLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WorldLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorldLock acquire(Path worldDir, String name) {
        try {
            FileChannel channel = FileChannel.open(worldDir.resolve("world.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new WorldInUseException("The world '" + name + "' is open in another Berth window or "
                        + "'berth serve' (" + worldDir + "). Close that one first, or open another world.");
            }
            return new WorldLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + worldDir, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the world's lock", e);
        }
    }

    /** The world is already open in another process (or this one). */
    public static final class WorldInUseException extends RuntimeException {
        WorldInUseException(String message) {
            super(message);
        }
    }
}
