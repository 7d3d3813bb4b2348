/**
 * The shortest edit script between two sequences (Myers 1986, "An O(ND) Difference Algorithm and Its
 * Variations"), for the byte diff of two lines and the line alignment of two texts. Bounded: past
 * `maxD` edits it gives up, so time stays O((n+m)·maxD) and memory O(maxD²) whatever the input.
 */

export const EQUAL = 0;
/** An element of the first sequence only. */
export const DELETE = 1;
/** An element of the second sequence only. */
export const INSERT = 2;
/** One step of an edit script. */
export type Op = typeof EQUAL | typeof DELETE | typeof INSERT;

/**
 * The shortest edit script from a[0, n) to b[0, m), `same(x, y)` comparing a[x] with b[y]; null
 * when more than `maxD` edits are needed. Of equally short scripts, deletions come first.
 */
export function shortestEdit(n: number, m: number, same: (x: number, y: number) => boolean, maxD: number): Op[] | null {
  // snaps[d][k + d] = the furthest x on diagonal k after d edits.
  const snaps: Int32Array[] = [];
  for (let d = 0; d <= Math.min(n + m, maxD); d++) {
    const prev = snaps[d - 1];
    const cur = new Int32Array(2 * d + 1);
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (prev === undefined) x = 0;
      else if (k === -d || (k !== d && prev[k - 1 + d - 1]! < prev[k + 1 + d - 1]!)) x = prev[k + 1 + d - 1]!;
      else x = prev[k - 1 + d - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && same(x, y)) {
        x++;
        y++;
      }
      cur[k + d] = x;
      if (x >= n && y >= m) {
        snaps.push(cur);
        return backtrack(snaps, n, m);
      }
    }
    snaps.push(cur);
  }
  return null;
}

function backtrack(snaps: Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = snaps.length - 1; d > 0; d--) {
    const prev = snaps[d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && prev[k - 1 + d - 1]! < prev[k + 1 + d - 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[prevK + d - 1]!;
    const startX = down ? prevX : prevX + 1;
    while (x > startX) {
      ops.push(EQUAL);
      x--;
    }
    ops.push(down ? INSERT : DELETE);
    x = prevX;
    y = prevX - prevK;
  }
  for (; x > 0; x--) ops.push(EQUAL);
  return ops.reverse();
}
