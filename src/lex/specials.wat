;; Find the specials of a window of text: the code units below U+0020 but tab, and
;; U+007F. They are the line endings (LF, CR) and the control characters, the only
;; code units the line splitter must see; everything else is skipped 32 at a time.
;;
;;   "ab\ncd\u0000e"  →  events 2, 5
;;
;; Memory (3 pages): the text as UTF-16LE from byte 0 (up to 32,768 code units), the
;; events as i32 code-unit indices from byte 65,536 (room for one per code unit).
;; Built into specials-wasm.ts by scripts/build-wasm.mjs (npm run build:wasm).
(module
  (memory (export "memory") 3)

  ;; Scan the code units [0, end) of the window, `end` a multiple of 32 (the caller
  ;; pads the last step with spaces), writing each special's index to the events.
  ;; Returns how many it wrote.
  (func (export "scan") (param $end i32) (result i32)
    (local $at i32)     ;; byte offset of the step: 2 × its first code unit's index
    (local $stop i32)   ;; byte offset of `end`
    (local $n i32)      ;; events written
    (local $low v128)   ;; the step's first 16 code units, each capped at 255, as bytes
    (local $high v128)  ;; its last 16
    (local $bits i32)   ;; one bit per special in the step, the first code unit lowest
    (local.set $stop (i32.shl (local.get $end) (i32.const 1)))
    (block $done
      (loop $steps
        (br_if $done (i32.ge_u (local.get $at) (local.get $stop)))
        ;; 2 × 8 code units → 16 bytes, twice: capped at 255 first, so that narrowing
        ;; keeps every unit below 256 as it is and none above it can look like one
        (local.set $low
          (i8x16.narrow_i16x8_u
            (i16x8.min_u (v128.load (local.get $at)) (v128.const i16x8 255 255 255 255 255 255 255 255))
            (i16x8.min_u (v128.load offset=16 (local.get $at)) (v128.const i16x8 255 255 255 255 255 255 255 255))))
        (local.set $high
          (i8x16.narrow_i16x8_u
            (i16x8.min_u (v128.load offset=32 (local.get $at)) (v128.const i16x8 255 255 255 255 255 255 255 255))
            (i16x8.min_u (v128.load offset=48 (local.get $at)) (v128.const i16x8 255 255 255 255 255 255 255 255))))
        ;; special: below 32 (tab too: the caller skips it) or 127
        (local.set $bits
          (i32.or
            (i8x16.bitmask
              (v128.or
                (i8x16.lt_u (local.get $low) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32))
                (i8x16.eq (local.get $low) (v128.const i8x16 127 127 127 127 127 127 127 127 127 127 127 127 127 127 127 127))))
            (i32.shl
              (i8x16.bitmask
                (v128.or
                  (i8x16.lt_u (local.get $high) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32))
                  (i8x16.eq (local.get $high) (v128.const i8x16 127 127 127 127 127 127 127 127 127 127 127 127 127 127 127 127))))
              (i32.const 16))))
        ;; most steps hold none; else one event per set bit, lowest first
        (block $none
          (loop $events
            (br_if $none (i32.eqz (local.get $bits)))
            (i32.store offset=65536
              (i32.shl (local.get $n) (i32.const 2))
              (i32.add (i32.shr_u (local.get $at) (i32.const 1)) (i32.ctz (local.get $bits))))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br $events)))
        (local.set $at (i32.add (local.get $at) (i32.const 64)))
        (br $steps)))
    (local.get $n)))
