import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who owns the bytes of a heap dump: a small HPROF reader for {@code scripts/measure-session-memory.sh}
 * (there is no Eclipse MAT on the build machine). It builds the object graph of a dump taken with
 * {@code jcmd <pid> GC.heap_dump}, computes the dominator tree (Cooper, Harvey and Kennedy's iterative
 * algorithm) and prints
 * <ul>
 *   <li>the retained size of the instances of the classes given on the command line (one per session:
 *       the HTTP session, the Vaadin session, the UI, the push connection, ...);</li>
 *   <li>the byte and char arrays grouped by their chain of dominators (the class of the object that
 *       alone keeps the array alive, then its dominator, and so on), largest group first, each with one
 *       shortest path from a GC root spelled out field by field.</li>
 * </ul>
 * Usage: {@code java -Xmx3g scripts/HprofOwners.java <dump.hprof> [depth] [class-name ...]}
 */
public class HprofOwners {

    private static final int INSTANCE = 0;
    private static final int OBJECT_ARRAY = 1;
    private static final int PRIMITIVE_ARRAY = 2;
    private static final int CLASS = 3;

    private final ByteBuffer dump;
    private int idSize;
    private final Map<Long, String> strings = new HashMap<>();
    private final Map<Long, String> classNames = new HashMap<>();
    private final Map<Long, ClassInfo> classes = new HashMap<>();
    private final LongIntMap index = new LongIntMap(1 << 21);
    private final List<Long> rootIds = new ArrayList<>();

    // Per object (index 0 is the virtual root above all GC roots).
    private long[] ids = new long[1 << 20];
    private int[] offsets = new int[1 << 20];
    private byte[] kinds = new byte[1 << 20];
    private long[] typeIds = new long[1 << 20]; // class of an instance or array; element type of a primitive array
    private int[] sizes = new int[1 << 20];
    private int count = 1;

    private int[] edgeStart;
    private int[] edges;
    private int[] idom;

    record Field(long nameId, int type) {}

    record ClassInfo(long superId, Field[] fields, long[] staticRefs) {}

    public static void main(String[] args) throws IOException {
        HprofOwners owners = new HprofOwners(args[0]);
        int depth = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        owners.read();
        owners.link();
        owners.dominate();
        owners.report(depth, Arrays.asList(args).subList(Math.min(2, args.length), args.length));
    }

    HprofOwners(String path) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(path, "r"); FileChannel channel = file.getChannel()) {
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            dump = mapped;
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    private void read() {
        while (dump.get() != 0) { /* "JAVA PROFILE 1.0.2\0" */ }
        idSize = dump.getInt();
        dump.getLong();
        while (dump.hasRemaining()) {
            int tag = dump.get() & 0xff;
            dump.getInt();
            long length = Integer.toUnsignedLong(dump.getInt());
            int end = (int) (dump.position() + length);
            if (tag == 0x01) {
                long id = id();
                byte[] text = new byte[(int) length - idSize];
                dump.get(text);
                strings.put(id, new String(text, java.nio.charset.StandardCharsets.UTF_8));
            } else if (tag == 0x02) {
                dump.getInt();
                long classId = id();
                dump.getInt();
                classNames.put(classId, strings.get(id()));
            } else if (tag == 0x0C || tag == 0x1C) {
                readHeap(end);
            }
            dump.position(end);
        }
        System.err.printf("%,d objects, %,d classes, %,d GC roots%n", count - 1, classes.size(), rootIds.size());
    }

    private void readHeap(int end) {
        while (dump.position() < end) {
            int sub = dump.get() & 0xff;
            switch (sub) {
                case 0xFF, 0x05, 0x07 -> rootIds.add(id());
                case 0x01 -> { rootIds.add(id()); id(); }
                case 0x02, 0x03, 0x08 -> { rootIds.add(id()); dump.getInt(); dump.getInt(); }
                case 0x04, 0x06 -> { rootIds.add(id()); dump.getInt(); }
                case 0x20 -> readClass();
                case 0x21 -> {
                    int at = dump.position();
                    long id = id();
                    dump.getInt();
                    long classId = id();
                    int bytes = dump.getInt();
                    add(id, at, INSTANCE, classId, 16 + bytes);
                    dump.position(dump.position() + bytes);
                }
                case 0x22 -> {
                    int at = dump.position();
                    long id = id();
                    dump.getInt();
                    int length = dump.getInt();
                    long classId = id();
                    add(id, at, OBJECT_ARRAY, classId, 16 + length * 4);
                    dump.position(dump.position() + length * idSize);
                }
                case 0x23 -> {
                    int at = dump.position();
                    long id = id();
                    dump.getInt();
                    int length = dump.getInt();
                    int type = dump.get();
                    add(id, at, PRIMITIVE_ARRAY, type, 16 + length * width(type));
                    dump.position(dump.position() + length * width(type));
                }
                default -> throw new IllegalStateException("heap sub-record " + Integer.toHexString(sub));
            }
        }
    }

    private void readClass() {
        int at = dump.position();
        long id = id();
        dump.getInt();
        long superId = id();
        for (int i = 0; i < 5; i++) {
            id();
        }
        dump.getInt();
        int constants = dump.getShort() & 0xffff;
        for (int i = 0; i < constants; i++) {
            dump.getShort();
            skipValue(dump.get());
        }
        int statics = dump.getShort() & 0xffff;
        List<Long> staticRefs = new ArrayList<>();
        for (int i = 0; i < statics; i++) {
            id();
            int type = dump.get();
            if (type == 2) {
                staticRefs.add(id());
            } else {
                skipValue(type);
            }
        }
        int fieldCount = dump.getShort() & 0xffff;
        Field[] fields = new Field[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            fields[i] = new Field(id(), dump.get());
        }
        classes.put(id, new ClassInfo(superId, fields, staticRefs.stream().mapToLong(Long::longValue).toArray()));
        add(id, at, CLASS, id, 64);
    }

    private void add(long id, int offset, int kind, long typeId, int size) {
        if (count == ids.length) {
            int grown = count * 2;
            ids = Arrays.copyOf(ids, grown);
            offsets = Arrays.copyOf(offsets, grown);
            kinds = Arrays.copyOf(kinds, grown);
            typeIds = Arrays.copyOf(typeIds, grown);
            sizes = Arrays.copyOf(sizes, grown);
        }
        ids[count] = id;
        offsets[count] = offset;
        kinds[count] = (byte) kind;
        typeIds[count] = typeId;
        sizes[count] = (size + 7) & ~7;
        index.put(id, count);
        count++;
    }

    private long id() {
        return idSize == 8 ? dump.getLong() : Integer.toUnsignedLong(dump.getInt());
    }

    private int width(int type) {
        return switch (type) {
            case 2 -> idSize;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            case 6, 10 -> 4;
            case 7, 11 -> 8;
            default -> throw new IllegalStateException("type " + type);
        };
    }

    private void skipValue(int type) {
        dump.position(dump.position() + width(type));
    }

    // ---- graph ---------------------------------------------------------------------------------

    /** The references of every object, as a compressed adjacency list; the virtual root points at every GC root and class. */
    private void link() {
        edgeStart = new int[count + 1];
        IntList all = new IntList();
        edgeStart[0] = 0;
        for (long root : rootIds) {
            all.addIfKnown(index.get(root));
        }
        for (int i = 1; i < count; i++) {
            if (kinds[i] == CLASS) {
                all.add(i);
            }
        }
        for (int object = 1; object < count; object++) {
            edgeStart[object] = all.size;
            references(object, (field, target) -> all.addIfKnown(target));
        }
        edgeStart[count] = all.size;
        edges = all.toArray();
        System.err.printf("%,d references%n", edges.length);
    }

    interface Reference {
        void to(String field, int target);
    }

    /** Calls back with every object {@code object} references (field names only when asked, they cost). */
    private void references(int object, Reference reference) {
        ByteBuffer at = dump.duplicate();
        at.position(offsets[object]);
        switch (kinds[object]) {
            case INSTANCE -> {
                at.position(at.position() + idSize + 4 + idSize + 4);
                for (long classId = typeIds[object]; classId != 0; ) {
                    ClassInfo info = classes.get(classId);
                    if (info == null) {
                        break;
                    }
                    for (Field field : info.fields()) {
                        if (field.type() == 2) {
                            long target = idSize == 8 ? at.getLong() : Integer.toUnsignedLong(at.getInt());
                            if (target != 0) {
                                reference.to(strings.get(field.nameId()), index.get(target));
                            }
                        } else {
                            at.position(at.position() + width(field.type()));
                        }
                    }
                    classId = info.superId();
                }
            }
            case OBJECT_ARRAY -> {
                at.position(at.position() + idSize + 4);
                int length = at.getInt();
                at.position(at.position() + idSize);
                for (int i = 0; i < length; i++) {
                    long target = idSize == 8 ? at.getLong() : Integer.toUnsignedLong(at.getInt());
                    if (target != 0) {
                        reference.to("[" + i + "]", index.get(target));
                    }
                }
            }
            case CLASS -> {
                ClassInfo info = classes.get(ids[object]);
                for (long target : info.staticRefs()) {
                    if (target != 0) {
                        reference.to("static", index.get(target));
                    }
                }
            }
            default -> { }
        }
    }

    // ---- dominators ----------------------------------------------------------------------------

    private void dominate() {
        int[] postorder = new int[count];
        int[] order = new int[count]; // reverse postorder: order[k] is the k-th node
        Arrays.fill(postorder, -1);
        int visited = depthFirst(postorder, order);
        int[] predStart = new int[count + 1];
        for (int from = 0; from < count; from++) {
            for (int e = edgeStart[from]; e < edgeStart[from + 1]; e++) {
                predStart[edges[e] + 1]++;
            }
        }
        for (int i = 0; i < count; i++) {
            predStart[i + 1] += predStart[i];
        }
        int[] preds = new int[edges.length];
        int[] fill = Arrays.copyOf(predStart, count);
        for (int from = 0; from < count; from++) {
            for (int e = edgeStart[from]; e < edgeStart[from + 1]; e++) {
                preds[fill[edges[e]]++] = from;
            }
        }
        idom = new int[count];
        Arrays.fill(idom, -1);
        idom[0] = 0;
        boolean changed = true;
        int rounds = 0;
        while (changed) {
            changed = false;
            rounds++;
            for (int k = 1; k < visited; k++) {
                int node = order[k];
                int chosen = -1;
                for (int p = predStart[node]; p < predStart[node + 1]; p++) {
                    int pred = preds[p];
                    if (idom[pred] == -1) {
                        continue;
                    }
                    chosen = chosen == -1 ? pred : intersect(pred, chosen, postorder);
                }
                if (chosen != idom[node]) {
                    idom[node] = chosen;
                    changed = true;
                }
            }
        }
        System.err.printf("%,d reachable objects, dominators after %d rounds%n", visited - 1, rounds);
        retained = new long[count];
        for (int k = visited - 1; k >= 1; k--) {
            int node = order[k];
            retained[node] += sizes[node];
            retained[idom[node]] += retained[node];
        }
    }

    private long[] retained;

    private int intersect(int a, int b, int[] postorder) {
        while (a != b) {
            while (postorder[a] < postorder[b]) {
                a = idom[a];
            }
            while (postorder[b] < postorder[a]) {
                b = idom[b];
            }
        }
        return a;
    }

    /** Iterative depth-first search from the virtual root; returns how many nodes it reached. */
    private int depthFirst(int[] postorder, int[] order) {
        int[] stack = new int[count];
        int[] next = new int[count];
        boolean[] seen = new boolean[count];
        int top = 0;
        stack[top++] = 0;
        seen[0] = true;
        next[0] = edgeStart[0];
        int finished = 0;
        while (top > 0) {
            int node = stack[top - 1];
            if (next[node] < edgeStart[node + 1]) {
                int child = edges[next[node]++];
                if (!seen[child]) {
                    seen[child] = true;
                    next[child] = edgeStart[child];
                    stack[top++] = child;
                }
            } else {
                top--;
                postorder[node] = finished++;
            }
        }
        for (int node = 0; node < count; node++) {
            if (postorder[node] >= 0) {
                order[finished - 1 - postorder[node]] = node;
            }
        }
        return finished;
    }

    // ---- report --------------------------------------------------------------------------------

    private String className(int object) {
        if (object == 0) {
            return "<GC roots>";
        }
        return switch (kinds[object]) {
            case PRIMITIVE_ARRAY -> switch ((int) typeIds[object]) {
                case 4 -> "boolean[]";
                case 5 -> "char[]";
                case 6 -> "float[]";
                case 7 -> "double[]";
                case 8 -> "byte[]";
                case 9 -> "short[]";
                case 10 -> "int[]";
                default -> "long[]";
            };
            case CLASS -> "class " + classNames.get(ids[object]);
            default -> String.valueOf(classNames.get(typeIds[object])).replace('/', '.');
        };
    }

    private void report(int depth, List<String> watched) {
        long total = 0;
        for (int i = 1; i < count; i++) {
            total += idom[i] >= 0 ? sizes[i] : 0;
        }
        System.out.printf("reachable: %,d KB%n%n", total / 1024);
        for (String name : watched) {
            long sum = 0;
            int instances = 0;
            for (int i = 1; i < count; i++) {
                if (idom[i] >= 0 && kinds[i] == INSTANCE && name.equals(className(i))) {
                    sum += retained[i];
                    instances++;
                }
            }
            System.out.printf("%-70s %5d instances, retained %,10d KB, %,8.1f KB each%n", name, instances, sum / 1024,
                    instances == 0 ? 0 : sum / 1024.0 / instances);
        }
        ownedBy(watched);
        if (watched.contains("com.vaadin.flow.component.UI")) {
            byComponent();
        }
        Map<String, long[]> groups = new HashMap<>();
        Map<String, Integer> example = new HashMap<>();
        for (int i = 1; i < count; i++) {
            if (idom[i] < 0 || kinds[i] != PRIMITIVE_ARRAY || (typeIds[i] != 5 && typeIds[i] != 8)) {
                continue;
            }
            StringBuilder chain = new StringBuilder(className(i));
            for (int up = idom[i], d = 0; d < depth && up != 0; up = idom[up], d++) {
                chain.append(" <- ").append(className(up));
            }
            String key = chain.toString();
            long[] sum = groups.computeIfAbsent(key, k -> new long[2]);
            sum[0]++;
            sum[1] += sizes[i];
            example.putIfAbsent(key, i);
        }
        System.out.println("\nbyte[] and char[] by chain of dominators (count, KB):");
        groups.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(25)
                .forEach(group -> {
                    System.out.printf("%n%6d  %,9d KB  %s%n", group.getValue()[0], group.getValue()[1] / 1024, group.getKey());
                    System.out.println("        path: " + pathFromRoot(example.get(group.getKey())));
                });
    }

    /**
     * What the instances of each watched class keep alive: every object is charged to its nearest
     * dominator that is an instance of a watched class, and the charges are summed by class.
     */
    private void ownedBy(List<String> watched) {
        if (watched.isEmpty()) {
            return;
        }
        Map<String, Map<String, long[]>> owned = new HashMap<>();
        for (int i = 1; i < count; i++) {
            if (idom[i] < 0) {
                continue;
            }
            for (int below = i, up = idom[i]; up != 0; below = up, up = idom[up]) {
                String owner = className(up);
                if (kinds[up] == INSTANCE && watched.contains(owner)) {
                    charge(owned, owner, className(i), sizes[i]);
                    charge(owned, owner + " through", className(below), sizes[i]);
                    break;
                }
            }
        }
        for (String owner : watched.stream().flatMap(name -> java.util.stream.Stream.of(name, name + " through")).toList()) {
            Map<String, long[]> byClass = owned.getOrDefault(owner, Map.of());
            System.out.printf("%nkept alive by %s (nearest watched dominator; count, KB; \"through\": by the object right below it):%n", owner);
            byClass.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(12)
                    .forEach(row -> System.out.printf("  %8d %,10.1f KB  %s%n", row.getValue()[0], row.getValue()[1] / 1024.0, row.getKey()));
        }
    }

    /**
     * The Vaadin component tree's memory, by component class: every object below a UI in the
     * dominator tree is charged to its nearest dominating component.
     */
    private void byComponent() {
        Map<String, Map<String, long[]>> owned = new HashMap<>();
        Map<Long, Boolean> componentClasses = new HashMap<>();
        for (int i = 1; i < count; i++) {
            if (idom[i] < 0) {
                continue;
            }
            String component = null;
            for (int up = i; up != 0; up = idom[up]) {
                if (kinds[up] == INSTANCE && component == null && isComponent(typeIds[up], componentClasses)) {
                    component = className(up);
                }
                if ("com.vaadin.flow.component.UI".equals(className(up))) {
                    charge(owned, "components", component == null ? className(i) : component, sizes[i]);
                    break;
                }
            }
        }
        System.out.println("\nbelow the UIs, by nearest dominating component (count of objects, KB):");
        owned.getOrDefault("components", Map.of()).entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(25)
                .forEach(row -> System.out.printf("  %8d %,10.1f KB  %s%n", row.getValue()[0], row.getValue()[1] / 1024.0, row.getKey()));
    }

    private boolean isComponent(long classId, Map<Long, Boolean> known) {
        return known.computeIfAbsent(classId, id -> {
            for (long at = id; at != 0 && classes.containsKey(at); at = classes.get(at).superId()) {
                if ("com/vaadin/flow/component/Component".equals(classNames.get(at))) {
                    return true;
                }
            }
            return false;
        });
    }

    private static void charge(Map<String, Map<String, long[]>> owned, String owner, String className, long size) {
        long[] sum = owned.computeIfAbsent(owner, k -> new HashMap<>()).computeIfAbsent(className, k -> new long[2]);
        sum[0]++;
        sum[1] += size;
    }

    /** One shortest path from a GC root to {@code target}, with field names. */
    private String pathFromRoot(int target) {
        int[] parent = new int[count];
        Arrays.fill(parent, -1);
        int[] queue = new int[count];
        int head = 0;
        int tail = 0;
        queue[tail++] = 0;
        parent[0] = 0;
        while (head < tail && parent[target] == -1) {
            int node = queue[head++];
            for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
                int child = edges[e];
                if (parent[child] == -1) {
                    parent[child] = node;
                    queue[tail++] = child;
                }
            }
        }
        List<String> steps = new ArrayList<>();
        for (int node = target; node != 0; node = parent[node]) {
            int from = parent[node];
            String[] field = {"?"};
            int child = node;
            if (from != 0) {
                references(from, (name, to) -> {
                    if (to == child && "?".equals(field[0])) {
                        field[0] = name;
                    }
                });
            }
            steps.add(0, (from == 0 ? "" : "." + field[0] + " -> ") + className(node));
        }
        return String.join(" ", steps);
    }

    // ---- small collections ---------------------------------------------------------------------

    static final class IntList {
        int[] values = new int[1 << 20];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addIfKnown(int value) {
            if (value > 0) {
                add(value);
            }
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** Open addressing from object id to index; 0 means absent. */
    static final class LongIntMap {
        private long[] keys;
        private int[] values;
        private int size;

        LongIntMap(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
        }

        void put(long key, int value) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = slot(key, keys.length);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (keys[slot] == 0) {
                size++;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        int get(long key) {
            int slot = slot(key, keys.length);
            while (keys[slot] != 0) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & (keys.length - 1);
            }
            return 0;
        }

        private static int slot(long key, int capacity) {
            long mixed = key * 0x9E3779B97F4A7C15L;
            return (int) (mixed >>> 32) & (capacity - 1);
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }
    }
}
