package resolve

import "math/bits"

// bitset is a fixed-size set of small ints (department or user indices).
type bitset []uint64

func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

func (b bitset) set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b bitset) has(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(uint(i)%64)) != 0 }

func (b bitset) or(c bitset) {
	for i := range c {
		b[i] |= c[i]
	}
}

func (b bitset) each(f func(int)) {
	for w, x := range b {
		for x != 0 {
			t := bits.TrailingZeros64(x)
			f(w*64 + t)
			x &= x - 1
		}
	}
}
