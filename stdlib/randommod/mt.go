// Package randommod implements Python's random module in Go.
//
// The generator is the Mersenne Twister (MT19937) seeded exactly as
// CPython seeds it (init_by_array over the 32-bit words of the seed), and
// every method uses CPython 3.11's algorithm, so a program gets the same
// numbers for the same seed as under CPython: random.seed(42);
// random.random() prints 0.6394267984578837 with both.
package randommod

import (
	crand "crypto/rand"
	"encoding/binary"
	"math/big"
)

const (
	mtN         = 624
	mtM         = 397
	matrixA     = 0x9908b0df
	upperMask   = 0x80000000
	lowerMask   = 0x7fffffff
	stateLength = mtN
)

// mt is the Mersenne Twister state.
type mt struct {
	state [mtN]uint32
	index int
}

func (m *mt) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

// initByArray seeds from key, as CPython's init_by_array.
func (m *mt) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
	}
	m.state[0] = 0x80000000
	m.index = mtN
}

// genrand returns the next 32-bit output.
func (m *mt) genrand() uint32 {
	if m.index >= mtN {
		var kk int
		mag := [2]uint32{0, matrixA}
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (m.state[kk] & upperMask) | (m.state[kk+1] & lowerMask)
			m.state[kk] = m.state[kk+mtM] ^ (y >> 1) ^ mag[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (m.state[kk] & upperMask) | (m.state[kk+1] & lowerMask)
			m.state[kk] = m.state[kk+(mtM-mtN)] ^ (y >> 1) ^ mag[y&1]
		}
		y := (m.state[mtN-1] & upperMask) | (m.state[0] & lowerMask)
		m.state[mtN-1] = m.state[mtM-1] ^ (y >> 1) ^ mag[y&1]
		m.index = 0
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// random returns a float in [0, 1) with 53 random bits.
func (m *mt) random() float64 {
	a := m.genrand() >> 5
	b := m.genrand() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedBig seeds from a non-negative integer.
func (m *mt) seedBig(n *big.Int) {
	words := n.Bits() // little-endian machine words
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w))
		if wordBits == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 0 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.initByArray(key)
}

const wordBits = 32 << (^uint(0) >> 63)

// seedRandom seeds from the operating system's entropy.
func (m *mt) seedRandom() {
	var buf [mtN * 4]byte
	if _, err := crand.Read(buf[:]); err != nil {
		panic("random: no entropy source: " + err.Error())
	}
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[i*4:])
	}
	m.initByArray(key)
}

// getrandbits returns k random bits (k >= 0) as CPython assembles them.
func (m *mt) getrandbits(k int) *big.Int {
	if k <= 32 {
		if k == 0 {
			return new(big.Int)
		}
		return big.NewInt(int64(m.genrand() >> (32 - uint(k))))
	}
	words := (k-1)/32 + 1
	bytes := make([]byte, words*4)
	for i := 0; i < words; i++ {
		r := m.genrand()
		if k < 32 {
			r >>= 32 - uint(k)
		}
		// Little-endian words, stored big-endian for SetBytes below.
		off := (words - 1 - i) * 4
		binary.BigEndian.PutUint32(bytes[off:], r)
		k -= 32
	}
	return new(big.Int).SetBytes(bytes)
}

// getrandbits64 is getrandbits for k <= 64 without allocation.
func (m *mt) getrandbits64(k int) uint64 {
	if k <= 32 {
		if k == 0 {
			return 0
		}
		return uint64(m.genrand() >> (32 - uint(k)))
	}
	lo := uint64(m.genrand())
	hi := uint64(m.genrand() >> (64 - uint(k)))
	return lo | hi<<32
}

// randbelow returns a random int in [0, n) for n > 0 by rejection
// sampling on getrandbits(n.bit_length()), as CPython does.
func (m *mt) randbelow(n *big.Int) *big.Int {
	k := n.BitLen()
	if k <= 64 && n.IsUint64() {
		return new(big.Int).SetUint64(m.randbelow64(n.Uint64()))
	}
	r := m.getrandbits(k)
	for r.Cmp(n) >= 0 {
		r = m.getrandbits(k)
	}
	return r
}

// randbelow64 is randbelow for small n.
func (m *mt) randbelow64(n uint64) uint64 {
	k := 0
	for v := n; v > 0; v >>= 1 {
		k++
	}
	r := m.getrandbits64(k)
	for r >= n {
		r = m.getrandbits64(k)
	}
	return r
}
