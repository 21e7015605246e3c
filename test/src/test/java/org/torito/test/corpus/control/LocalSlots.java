package org.torito.test.corpus.control;

import org.torito.test.support.Out;

/**
 * Local variable slots: slots reused by variables of other types in sibling blocks, more than 256 slots (so
 * javac emits the wide forms of load, store and iinc), and iinc with 16-bit increments.
 */
public final class LocalSlots {
    private static long seed;

    private LocalSlots() {
    }

    public static void main(String[] args) {
        seed = 12345;
        Out.println(siblings((int) seed));
        Out.println(manyLongs(seed));
        Out.println(manyLongs(-seed));
        Out.println(wideIncrements((int) seed));
    }

    /** Sibling blocks whose variables share slots with different types. */
    private static long siblings(int n) {
        long result = 0;
        {
            int a = n * 3;
            int b = a - 7;
            result += a * b;
        }
        {
            long wide = n * 100000L;
            result ^= wide;
        }
        {
            byte b1 = (byte) n;
            char c1 = (char) (n * 7);
            short s1 = (short) (n * 13);
            boolean z1 = n > 0;
            result += b1 + c1 + s1 + (z1 ? 1 : 0);
        }
        for (int i = 0; i < 3; i++) {
            long inLoop = result + i;
            result = inLoop * 3;
        }
        for (long j = 0; j < 3; j++) {
            int narrow = (int) j;
            result -= narrow;
        }
        return result;
    }

    /** 130 long locals: 260 slots, the last ones reachable only with wide lload and lstore. */
    private static long manyLongs(long seed) {
        long v0 = seed;
        long v1 = v0 ^ (v0 >>> 2);
        long v2 = v1 + v1;
        long v3 = v2 * 31 + 3;
        long v4 = v3 ^ (v3 >>> 5);
        long v5 = v4 + v2;
        long v6 = v5 * 31 + 6;
        long v7 = v6 ^ (v6 >>> 8);
        long v8 = v7 + v4;
        long v9 = v8 * 31 + 9;
        long v10 = v9 ^ (v9 >>> 11);
        long v11 = v10 + v5;
        long v12 = v11 * 31 + 12;
        long v13 = v12 ^ (v12 >>> 14);
        long v14 = v13 + v7;
        long v15 = v14 * 31 + 15;
        long v16 = v15 ^ (v15 >>> 17);
        long v17 = v16 + v8;
        long v18 = v17 * 31 + 18;
        long v19 = v18 ^ (v18 >>> 3);
        long v20 = v19 + v10;
        long v21 = v20 * 31 + 21;
        long v22 = v21 ^ (v21 >>> 6);
        long v23 = v22 + v11;
        long v24 = v23 * 31 + 24;
        long v25 = v24 ^ (v24 >>> 9);
        long v26 = v25 + v13;
        long v27 = v26 * 31 + 27;
        long v28 = v27 ^ (v27 >>> 12);
        long v29 = v28 + v14;
        long v30 = v29 * 31 + 30;
        long v31 = v30 ^ (v30 >>> 15);
        long v32 = v31 + v16;
        long v33 = v32 * 31 + 33;
        long v34 = v33 ^ (v33 >>> 1);
        long v35 = v34 + v17;
        long v36 = v35 * 31 + 36;
        long v37 = v36 ^ (v36 >>> 4);
        long v38 = v37 + v19;
        long v39 = v38 * 31 + 39;
        long v40 = v39 ^ (v39 >>> 7);
        long v41 = v40 + v20;
        long v42 = v41 * 31 + 42;
        long v43 = v42 ^ (v42 >>> 10);
        long v44 = v43 + v22;
        long v45 = v44 * 31 + 45;
        long v46 = v45 ^ (v45 >>> 13);
        long v47 = v46 + v23;
        long v48 = v47 * 31 + 48;
        long v49 = v48 ^ (v48 >>> 16);
        long v50 = v49 + v25;
        long v51 = v50 * 31 + 51;
        long v52 = v51 ^ (v51 >>> 2);
        long v53 = v52 + v26;
        long v54 = v53 * 31 + 54;
        long v55 = v54 ^ (v54 >>> 5);
        long v56 = v55 + v28;
        long v57 = v56 * 31 + 57;
        long v58 = v57 ^ (v57 >>> 8);
        long v59 = v58 + v29;
        long v60 = v59 * 31 + 60;
        long v61 = v60 ^ (v60 >>> 11);
        long v62 = v61 + v31;
        long v63 = v62 * 31 + 63;
        long v64 = v63 ^ (v63 >>> 14);
        long v65 = v64 + v32;
        long v66 = v65 * 31 + 66;
        long v67 = v66 ^ (v66 >>> 17);
        long v68 = v67 + v34;
        long v69 = v68 * 31 + 69;
        long v70 = v69 ^ (v69 >>> 3);
        long v71 = v70 + v35;
        long v72 = v71 * 31 + 72;
        long v73 = v72 ^ (v72 >>> 6);
        long v74 = v73 + v37;
        long v75 = v74 * 31 + 75;
        long v76 = v75 ^ (v75 >>> 9);
        long v77 = v76 + v38;
        long v78 = v77 * 31 + 78;
        long v79 = v78 ^ (v78 >>> 12);
        long v80 = v79 + v40;
        long v81 = v80 * 31 + 81;
        long v82 = v81 ^ (v81 >>> 15);
        long v83 = v82 + v41;
        long v84 = v83 * 31 + 84;
        long v85 = v84 ^ (v84 >>> 1);
        long v86 = v85 + v43;
        long v87 = v86 * 31 + 87;
        long v88 = v87 ^ (v87 >>> 4);
        long v89 = v88 + v44;
        long v90 = v89 * 31 + 90;
        long v91 = v90 ^ (v90 >>> 7);
        long v92 = v91 + v46;
        long v93 = v92 * 31 + 93;
        long v94 = v93 ^ (v93 >>> 10);
        long v95 = v94 + v47;
        long v96 = v95 * 31 + 96;
        long v97 = v96 ^ (v96 >>> 13);
        long v98 = v97 + v49;
        long v99 = v98 * 31 + 99;
        long v100 = v99 ^ (v99 >>> 16);
        long v101 = v100 + v50;
        long v102 = v101 * 31 + 102;
        long v103 = v102 ^ (v102 >>> 2);
        long v104 = v103 + v52;
        long v105 = v104 * 31 + 105;
        long v106 = v105 ^ (v105 >>> 5);
        long v107 = v106 + v53;
        long v108 = v107 * 31 + 108;
        long v109 = v108 ^ (v108 >>> 8);
        long v110 = v109 + v55;
        long v111 = v110 * 31 + 111;
        long v112 = v111 ^ (v111 >>> 11);
        long v113 = v112 + v56;
        long v114 = v113 * 31 + 114;
        long v115 = v114 ^ (v114 >>> 14);
        long v116 = v115 + v58;
        long v117 = v116 * 31 + 117;
        long v118 = v117 ^ (v117 >>> 17);
        long v119 = v118 + v59;
        long v120 = v119 * 31 + 120;
        long v121 = v120 ^ (v120 >>> 3);
        long v122 = v121 + v61;
        long v123 = v122 * 31 + 123;
        long v124 = v123 ^ (v123 >>> 6);
        long v125 = v124 + v62;
        long v126 = v125 * 31 + 126;
        long v127 = v126 ^ (v126 >>> 9);
        long v128 = v127 + v64;
        long v129 = v128 * 31 + 129;
        long sum = 0;
        sum += v129 + v128 * 3 + v127 * 5 + v0;
        sum ^= v64 + v100 + v120;
        int last = (int) (v129 & 0xFF);
        last += 1000;
        last -= 30000;
        return sum + last;
    }

    private static int wideIncrements(int x) {
        int a = x;
        a += 1000;
        a -= 30000;
        a += 32767;
        a -= 32768;
        a += 40000;
        a += 127;
        a -= 128;
        int b = 0;
        for (int i = 0; i < 100000; i += 300) {
            b += 1;
        }
        for (int i = 70000; i > 0; i -= 1234) {
            b += 2;
        }
        return a * 1000 + b;
    }
}
