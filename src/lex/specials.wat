;; Find the specials of a window of text: the code units below U+0020 but tab, and
;; U+007F. They are the line endings (LF, CR) and the control characters, the only
;; code units the line splitter must see; everything else is skipped 16 at a time.
;;
;;   "ab\ncd\u0000e"  →  events 2, 5
;;
;; Memory (2 pages): the text as UTF-16LE from byte 0 (up to 32,768 code units), the
;; events as i32 code-unit indices from byte 65,536 (up to 16,384 of them).
;; Built into specials-wasm.ts by scripts/build-wasm.mjs (npm run build:wasm).
(module
  (memory (export "memory") 2)

  ;; How many events the last call of scan wrote.
  (global $found (export "found") (mut i32) (i32.const 0))

  ;; Scan the code units [from, end) of the window, `end - from` a multiple of 16
  ;; (the caller pads the last block with spaces), writing each special's index to
  ;; the events. Returns where it stopped: `end`, or earlier when the events are full
  ;; (then scan again from there).
  (func (export "scan") (param $from i32) (param $end i32) (result i32)
    (local $at i32)     ;; byte offset of the block: 2 × its first code unit's index
    (local $stop i32)   ;; byte offset of `end`
    (local $n i32)      ;; events written
    (local $block v128) ;; the block's 16 code units, each capped at 255, as bytes
    (local $bits i32)   ;; one bit per special in the block
    (local.set $at (i32.shl (local.get $from) (i32.const 1)))
    (local.set $stop (i32.shl (local.get $end) (i32.const 1)))
    (block $done
      (loop $blocks
        (br_if $done (i32.ge_u (local.get $at) (local.get $stop)))
        ;; a block has at most 16 events: stop while they still fit
        (br_if $done (i32.gt_u (i32.add (local.get $n) (i32.const 16)) (i32.const 16384)))
        ;; 2 × 8 code units → 16 bytes: capped at 255 first, so that narrowing keeps
        ;; every unit below 256 as it is and none above it can look like one
        (local.set $block
          (i8x16.narrow_i16x8_u
            (i16x8.min_u (v128.load (local.get $at)) (v128.const i16x8 255 255 255 255 255 255 255 255))
            (i16x8.min_u (v128.load offset=16 (local.get $at)) (v128.const i16x8 255 255 255 255 255 255 255 255))))
        ;; special: below 32 (tab too: the caller skips it) or 127
        (local.set $bits
          (i8x16.bitmask
            (v128.or
              (i8x16.lt_u (local.get $block) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32))
              (i8x16.eq (local.get $block) (v128.const i8x16 127 127 127 127 127 127 127 127 127 127 127 127 127 127 127 127)))))
        ;; most blocks hold none; else one event per set bit, lowest first
        (block $none
          (loop $events
            (br_if $none (i32.eqz (local.get $bits)))
            (i32.store offset=65536
              (i32.shl (local.get $n) (i32.const 2))
              (i32.add (i32.shr_u (local.get $at) (i32.const 1)) (i32.ctz (local.get $bits))))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br $events)))
        (local.set $at (i32.add (local.get $at) (i32.const 32)))
        (br $blocks)))
    (global.set $found (local.get $n))
    (i32.shr_u (local.get $at) (i32.const 1))))
