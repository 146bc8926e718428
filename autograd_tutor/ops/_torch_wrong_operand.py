"""How PyTorch 2.13 refuses an operand of the wrong type, per op function and method
(recorded by scripts/record_torch_wrong_operand.py; do not edit by hand).
RULES[(kind, name)][position] = the message (or type name -> message), ``{type}`` standing for the type."""
RULES = {('function', 'add'): {0: "add(): argument 'other' (position 2) must be Tensor, not {type}",
                       'alpha': "add(): argument 'alpha' must be Number, not {type}",
                       'other': "add(): argument 'other' must be Tensor, not {type}"},
 ('function', 'addcdiv'): {0: 'addcdiv() received an invalid combination of arguments - got (Tensor, '
                              '{type}), but expected (Tensor input, Tensor tensor1, Tensor tensor2, *, '
                              'Number value = 1, Tensor out = None)',
                           1: "addcdiv(): argument 'tensor2' (position 3) must be Tensor, not {type}",
                           'tensor2': "addcdiv(): argument 'tensor2' must be Tensor, not {type}",
                           'value': "addcdiv(): argument 'value' must be Number, not {type}"},
 ('function', 'addcmul'): {0: 'addcmul() received an invalid combination of arguments - got (Tensor, '
                              '{type}), but expected (Tensor input, Tensor tensor1, Tensor tensor2, *, '
                              'Number value = 1, Tensor out = None)',
                           1: "addcmul(): argument 'tensor2' (position 3) must be Tensor, not {type}",
                           'tensor2': "addcmul(): argument 'tensor2' must be Tensor, not {type}",
                           'value': "addcmul(): argument 'value' must be Number, not {type}"},
 ('function', 'all'): {0: {'list': 'all() received an invalid combination of arguments - got (Tensor, '
                                   '{type}), but expected one of:\n'
                                   ' * (Tensor input, *, Tensor out = None)\n'
                                   ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, '
                                   'Tensor out = None)\n'
                                   ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = None)\n',
                           'object': 'all() received an invalid combination of arguments - got (Tensor, '
                                     '{type}), but expected one of:\n'
                                     ' * (Tensor input, *, Tensor out = None)\n'
                                     ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, '
                                     'Tensor out = None)\n'
                                     ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = '
                                     'None)\n',
                           'str': 'all() received an invalid combination of arguments - got (Tensor, '
                                  '{type}), but expected one of:\n'
                                  ' * (Tensor input, *, Tensor out = None)\n'
                                  ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, '
                                  'Tensor out = None)\n'
                                  ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = None)\n'},
                       1: 'all() received an invalid combination of arguments - got (Tensor, Tensor, '
                          '{type}), but expected one of:\n'
                          ' * (Tensor input, *, Tensor out = None)\n'
                          "      didn't match because some of the arguments have invalid types: (Tensor, "
                          '!Tensor!, !{marked}!)\n'
                          ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, Tensor out = '
                          'None)\n'
                          ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = None)\n',
                       'dim': {'list': 'all() received an invalid combination of arguments - got (Tensor, '
                                       'dim={type}), but expected one of:\n'
                                       ' * (Tensor input, *, Tensor out = None)\n'
                                       ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, '
                                       'Tensor out = None)\n'
                                       ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = '
                                       'None)\n',
                               'object': 'all() received an invalid combination of arguments - got (Tensor, '
                                         'dim={type}), but expected one of:\n'
                                         ' * (Tensor input, *, Tensor out = None)\n'
                                         ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, '
                                         '*, Tensor out = None)\n'
                                         ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = '
                                         'None)\n',
                               'str': 'all() received an invalid combination of arguments - got (Tensor, '
                                      'dim={type}), but expected one of:\n'
                                      ' * (Tensor input, *, Tensor out = None)\n'
                                      ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, '
                                      'Tensor out = None)\n'
                                      ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = '
                                      'None)\n'},
                       'keepdim': 'all() received an invalid combination of arguments - got (Tensor, '
                                  'keepdim={type}), but expected one of:\n'
                                  ' * (Tensor input, *, Tensor out = None)\n'
                                  ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, '
                                  'Tensor out = None)\n'
                                  ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = None)\n'},
 ('function', 'allclose'): {0: "allclose(): argument 'other' (position 2) must be Tensor, not {type}",
                            1: "allclose(): argument 'rtol' (position 3) must be float, not {type}",
                            'atol': "allclose(): argument 'atol' must be float, not {type}",
                            'equal_nan': "allclose(): argument 'equal_nan' must be bool, not {type}",
                            'other': "allclose(): argument 'other' must be Tensor, not {type}",
                            'rtol': "allclose(): argument 'rtol' must be float, not {type}"},
 ('function', 'any'): {0: {'list': 'any() received an invalid combination of arguments - got (Tensor, '
                                   '{type}), but expected one of:\n'
                                   ' * (Tensor input, *, Tensor out = None)\n'
                                   ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, '
                                   'Tensor out = None)\n'
                                   ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = None)\n',
                           'object': 'any() received an invalid combination of arguments - got (Tensor, '
                                     '{type}), but expected one of:\n'
                                     ' * (Tensor input, *, Tensor out = None)\n'
                                     ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, '
                                     'Tensor out = None)\n'
                                     ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = '
                                     'None)\n',
                           'str': 'any() received an invalid combination of arguments - got (Tensor, '
                                  '{type}), but expected one of:\n'
                                  ' * (Tensor input, *, Tensor out = None)\n'
                                  ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, '
                                  'Tensor out = None)\n'
                                  ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = None)\n'},
                       1: 'any() received an invalid combination of arguments - got (Tensor, Tensor, '
                          '{type}), but expected one of:\n'
                          ' * (Tensor input, *, Tensor out = None)\n'
                          "      didn't match because some of the arguments have invalid types: (Tensor, "
                          '!Tensor!, !{marked}!)\n'
                          ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, Tensor out = '
                          'None)\n'
                          ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = None)\n',
                       'dim': {'list': 'any() received an invalid combination of arguments - got (Tensor, '
                                       'dim={type}), but expected one of:\n'
                                       ' * (Tensor input, *, Tensor out = None)\n'
                                       ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, '
                                       'Tensor out = None)\n'
                                       ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = '
                                       'None)\n',
                               'object': 'any() received an invalid combination of arguments - got (Tensor, '
                                         'dim={type}), but expected one of:\n'
                                         ' * (Tensor input, *, Tensor out = None)\n'
                                         ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, '
                                         '*, Tensor out = None)\n'
                                         ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = '
                                         'None)\n',
                               'str': 'any() received an invalid combination of arguments - got (Tensor, '
                                      'dim={type}), but expected one of:\n'
                                      ' * (Tensor input, *, Tensor out = None)\n'
                                      ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, '
                                      'Tensor out = None)\n'
                                      ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = '
                                      'None)\n'},
                       'keepdim': 'any() received an invalid combination of arguments - got (Tensor, '
                                  'keepdim={type}), but expected one of:\n'
                                  ' * (Tensor input, *, Tensor out = None)\n'
                                  ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, '
                                  'Tensor out = None)\n'
                                  ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = None)\n'},
 ('function', 'arctan2'): {0: "arctan2(): argument 'other' (position 2) must be Tensor, not {type}",
                           'other': "arctan2(): argument 'other' must be Tensor, not {type}"},
 ('function', 'atan2'): {0: "atan2(): argument 'other' (position 2) must be Tensor, not {type}",
                         'other': "atan2(): argument 'other' must be Tensor, not {type}"},
 ('function', 'bitwise_and'): {0: 'bitwise_and() received an invalid combination of arguments - got (Tensor, '
                                  '{type}), but expected one of:\n'
                                  ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                  ' * (Number self, Tensor other)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!Tensor!, !{marked}!)\n'
                                  ' * (Tensor input, Number other, *, Tensor out = None)\n',
                               1: 'bitwise_and() received an invalid combination of arguments - got (Tensor, '
                                  'Tensor, {type}), but expected one of:\n'
                                  ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                  ' * (Number self, Tensor other)\n'
                                  ' * (Tensor input, Number other, *, Tensor out = None)\n',
                               'other': 'bitwise_and() received an invalid combination of arguments - got '
                                        '(Tensor, other={type}), but expected one of:\n'
                                        ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                        ' * (Number self, Tensor other)\n'
                                        "      didn't match because some of the arguments have invalid "
                                        'types: (!Tensor!, !other={marked}!)\n'
                                        ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'bitwise_or'): {0: 'bitwise_or() received an invalid combination of arguments - got (Tensor, '
                                 '{type}), but expected one of:\n'
                                 ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                 ' * (Number self, Tensor other)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!Tensor!, !{marked}!)\n'
                                 ' * (Tensor input, Number other, *, Tensor out = None)\n',
                              1: 'bitwise_or() received an invalid combination of arguments - got (Tensor, '
                                 'Tensor, {type}), but expected one of:\n'
                                 ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                 ' * (Number self, Tensor other)\n'
                                 ' * (Tensor input, Number other, *, Tensor out = None)\n',
                              'other': 'bitwise_or() received an invalid combination of arguments - got '
                                       '(Tensor, other={type}), but expected one of:\n'
                                       ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                       ' * (Number self, Tensor other)\n'
                                       "      didn't match because some of the arguments have invalid types: "
                                       '(!Tensor!, !other={marked}!)\n'
                                       ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'bitwise_xor'): {0: 'bitwise_xor() received an invalid combination of arguments - got (Tensor, '
                                  '{type}), but expected one of:\n'
                                  ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                  ' * (Number self, Tensor other)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!Tensor!, !{marked}!)\n'
                                  ' * (Tensor input, Number other, *, Tensor out = None)\n',
                               1: 'bitwise_xor() received an invalid combination of arguments - got (Tensor, '
                                  'Tensor, {type}), but expected one of:\n'
                                  ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                  ' * (Number self, Tensor other)\n'
                                  ' * (Tensor input, Number other, *, Tensor out = None)\n',
                               'other': 'bitwise_xor() received an invalid combination of arguments - got '
                                        '(Tensor, other={type}), but expected one of:\n'
                                        ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                        ' * (Number self, Tensor other)\n'
                                        "      didn't match because some of the arguments have invalid "
                                        'types: (!Tensor!, !other={marked}!)\n'
                                        ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'bucketize'): {0: 'bucketize() received an invalid combination of arguments - got (Tensor, '
                                '{type}), but expected one of:\n'
                                ' * (Tensor input, Tensor boundaries, *, bool out_int32 = False, bool right '
                                '= False, Tensor out = None)\n'
                                ' * (Number self, Tensor boundaries, *, bool out_int32 = False, bool right = '
                                'False)\n',
                             1: 'bucketize() received an invalid combination of arguments - got (Tensor, '
                                'Tensor, {type}), but expected one of:\n'
                                ' * (Tensor input, Tensor boundaries, *, bool out_int32 = False, bool right '
                                '= False, Tensor out = None)\n'
                                ' * (Number self, Tensor boundaries, *, bool out_int32 = False, bool right = '
                                'False)\n',
                             'boundaries': 'bucketize() received an invalid combination of arguments - got '
                                           '(Tensor, boundaries={type}), but expected one of:\n'
                                           ' * (Tensor input, Tensor boundaries, *, bool out_int32 = False, '
                                           'bool right = False, Tensor out = None)\n'
                                           ' * (Number self, Tensor boundaries, *, bool out_int32 = False, '
                                           'bool right = False)\n',
                             'out_int32': 'bucketize() received an invalid combination of arguments - got '
                                          '(Tensor, Tensor, out_int32={type}), but expected one of:\n'
                                          ' * (Tensor input, Tensor boundaries, *, bool out_int32 = False, '
                                          'bool right = False, Tensor out = None)\n'
                                          ' * (Number self, Tensor boundaries, *, bool out_int32 = False, '
                                          'bool right = False)\n',
                             'right': 'bucketize() received an invalid combination of arguments - got '
                                      '(Tensor, Tensor, right={type}), but expected one of:\n'
                                      ' * (Tensor input, Tensor boundaries, *, bool out_int32 = False, bool '
                                      'right = False, Tensor out = None)\n'
                                      ' * (Number self, Tensor boundaries, *, bool out_int32 = False, bool '
                                      'right = False)\n'},
 ('function', 'clamp'): {0: {'list': 'clamp() received an invalid combination of arguments - got (Tensor, '
                                     '{type}), but expected one of:\n'
                                     ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out '
                                     '= None)\n'
                                     ' * (Tensor input, Number min = None, Number max = None, *, Tensor out '
                                     '= None)\n',
                             'object': 'clamp() received an invalid combination of arguments - got (Tensor, '
                                       '{type}), but expected one of:\n'
                                       ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor '
                                       'out = None)\n'
                                       ' * (Tensor input, Number min = None, Number max = None, *, Tensor '
                                       'out = None)\n',
                             'str': 'clamp() received an invalid combination of arguments - got (Tensor, '
                                    '{type}), but expected one of:\n'
                                    ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out = '
                                    'None)\n'
                                    ' * (Tensor input, Number min = None, Number max = None, *, Tensor out = '
                                    'None)\n'},
                         1: {'list': 'clamp() received an invalid combination of arguments - got (Tensor, '
                                     'Tensor, {type}), but expected one of:\n'
                                     ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out '
                                     '= None)\n'
                                     ' * (Tensor input, Number min = None, Number max = None, *, Tensor out '
                                     '= None)\n',
                             'object': 'clamp() received an invalid combination of arguments - got (Tensor, '
                                       'Tensor, {type}), but expected one of:\n'
                                       ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor '
                                       'out = None)\n'
                                       ' * (Tensor input, Number min = None, Number max = None, *, Tensor '
                                       'out = None)\n',
                             'str': 'clamp() received an invalid combination of arguments - got (Tensor, '
                                    'Tensor, {type}), but expected one of:\n'
                                    ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out = '
                                    'None)\n'
                                    ' * (Tensor input, Number min = None, Number max = None, *, Tensor out = '
                                    'None)\n'},
                         'max': {'list': 'clamp() received an invalid combination of arguments - got '
                                         '(Tensor, max={type}), but expected one of:\n'
                                         ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor '
                                         'out = None)\n'
                                         ' * (Tensor input, Number min = None, Number max = None, *, Tensor '
                                         'out = None)\n',
                                 'object': 'clamp() received an invalid combination of arguments - got '
                                           '(Tensor, max={type}), but expected one of:\n'
                                           ' * (Tensor input, Tensor min = None, Tensor max = None, *, '
                                           'Tensor out = None)\n'
                                           ' * (Tensor input, Number min = None, Number max = None, *, '
                                           'Tensor out = None)\n',
                                 'str': 'clamp() received an invalid combination of arguments - got (Tensor, '
                                        'max={type}), but expected one of:\n'
                                        ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor '
                                        'out = None)\n'
                                        ' * (Tensor input, Number min = None, Number max = None, *, Tensor '
                                        'out = None)\n'},
                         'min': {'list': 'clamp() received an invalid combination of arguments - got '
                                         '(Tensor, min={type}), but expected one of:\n'
                                         ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor '
                                         'out = None)\n'
                                         ' * (Tensor input, Number min = None, Number max = None, *, Tensor '
                                         'out = None)\n',
                                 'object': 'clamp() received an invalid combination of arguments - got '
                                           '(Tensor, min={type}), but expected one of:\n'
                                           ' * (Tensor input, Tensor min = None, Tensor max = None, *, '
                                           'Tensor out = None)\n'
                                           ' * (Tensor input, Number min = None, Number max = None, *, '
                                           'Tensor out = None)\n',
                                 'str': 'clamp() received an invalid combination of arguments - got (Tensor, '
                                        'min={type}), but expected one of:\n'
                                        ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor '
                                        'out = None)\n'
                                        ' * (Tensor input, Number min = None, Number max = None, *, Tensor '
                                        'out = None)\n'}},
 ('function', 'clamp_max'): {0: 'clamp_max() received an invalid combination of arguments - got (Tensor, '
                                '{type}), but expected one of:\n'
                                ' * (Tensor input, Tensor max, *, Tensor out = None)\n'
                                ' * (Tensor input, Number max, *, Tensor out = None)\n',
                             1: 'clamp_max() received an invalid combination of arguments - got (Tensor, '
                                'Tensor, {type}), but expected one of:\n'
                                ' * (Tensor input, Tensor max, *, Tensor out = None)\n'
                                ' * (Tensor input, Number max, *, Tensor out = None)\n',
                             'max': 'clamp_max() received an invalid combination of arguments - got (Tensor, '
                                    'max={type}), but expected one of:\n'
                                    ' * (Tensor input, Tensor max, *, Tensor out = None)\n'
                                    ' * (Tensor input, Number max, *, Tensor out = None)\n'},
 ('function', 'clamp_min'): {0: 'clamp_min() received an invalid combination of arguments - got (Tensor, '
                                '{type}), but expected one of:\n'
                                ' * (Tensor input, Tensor min, *, Tensor out = None)\n'
                                ' * (Tensor input, Number min, *, Tensor out = None)\n',
                             1: 'clamp_min() received an invalid combination of arguments - got (Tensor, '
                                'Tensor, {type}), but expected one of:\n'
                                ' * (Tensor input, Tensor min, *, Tensor out = None)\n'
                                ' * (Tensor input, Number min, *, Tensor out = None)\n',
                             'min': 'clamp_min() received an invalid combination of arguments - got (Tensor, '
                                    'min={type}), but expected one of:\n'
                                    ' * (Tensor input, Tensor min, *, Tensor out = None)\n'
                                    ' * (Tensor input, Number min, *, Tensor out = None)\n'},
 ('function', 'clip'): {0: {'list': 'clip() received an invalid combination of arguments - got (Tensor, '
                                    '{type}), but expected one of:\n'
                                    ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out = '
                                    'None)\n'
                                    ' * (Tensor input, Number min = None, Number max = None, *, Tensor out = '
                                    'None)\n',
                            'object': 'clip() received an invalid combination of arguments - got (Tensor, '
                                      '{type}), but expected one of:\n'
                                      ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out '
                                      '= None)\n'
                                      ' * (Tensor input, Number min = None, Number max = None, *, Tensor out '
                                      '= None)\n',
                            'str': 'clip() received an invalid combination of arguments - got (Tensor, '
                                   '{type}), but expected one of:\n'
                                   ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out = '
                                   'None)\n'
                                   ' * (Tensor input, Number min = None, Number max = None, *, Tensor out = '
                                   'None)\n'},
                        1: {'list': 'clip() received an invalid combination of arguments - got (Tensor, '
                                    'Tensor, {type}), but expected one of:\n'
                                    ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out = '
                                    'None)\n'
                                    ' * (Tensor input, Number min = None, Number max = None, *, Tensor out = '
                                    'None)\n',
                            'object': 'clip() received an invalid combination of arguments - got (Tensor, '
                                      'Tensor, {type}), but expected one of:\n'
                                      ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out '
                                      '= None)\n'
                                      ' * (Tensor input, Number min = None, Number max = None, *, Tensor out '
                                      '= None)\n',
                            'str': 'clip() received an invalid combination of arguments - got (Tensor, '
                                   'Tensor, {type}), but expected one of:\n'
                                   ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out = '
                                   'None)\n'
                                   ' * (Tensor input, Number min = None, Number max = None, *, Tensor out = '
                                   'None)\n'},
                        'max': {'list': 'clip() received an invalid combination of arguments - got (Tensor, '
                                        'max={type}), but expected one of:\n'
                                        ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor '
                                        'out = None)\n'
                                        ' * (Tensor input, Number min = None, Number max = None, *, Tensor '
                                        'out = None)\n',
                                'object': 'clip() received an invalid combination of arguments - got '
                                          '(Tensor, max={type}), but expected one of:\n'
                                          ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor '
                                          'out = None)\n'
                                          ' * (Tensor input, Number min = None, Number max = None, *, Tensor '
                                          'out = None)\n',
                                'str': 'clip() received an invalid combination of arguments - got (Tensor, '
                                       'max={type}), but expected one of:\n'
                                       ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor '
                                       'out = None)\n'
                                       ' * (Tensor input, Number min = None, Number max = None, *, Tensor '
                                       'out = None)\n'},
                        'min': {'list': 'clip() received an invalid combination of arguments - got (Tensor, '
                                        'min={type}), but expected one of:\n'
                                        ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor '
                                        'out = None)\n'
                                        ' * (Tensor input, Number min = None, Number max = None, *, Tensor '
                                        'out = None)\n',
                                'object': 'clip() received an invalid combination of arguments - got '
                                          '(Tensor, min={type}), but expected one of:\n'
                                          ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor '
                                          'out = None)\n'
                                          ' * (Tensor input, Number min = None, Number max = None, *, Tensor '
                                          'out = None)\n',
                                'str': 'clip() received an invalid combination of arguments - got (Tensor, '
                                       'min={type}), but expected one of:\n'
                                       ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor '
                                       'out = None)\n'
                                       ' * (Tensor input, Number min = None, Number max = None, *, Tensor '
                                       'out = None)\n'}},
 ('function', 'copysign'): {0: 'copysign() received an invalid combination of arguments - got (Tensor, '
                               '{type}), but expected one of:\n'
                               ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                               ' * (Tensor input, Number other, *, Tensor out = None)\n',
                            1: 'copysign() received an invalid combination of arguments - got (Tensor, '
                               'Tensor, {type}), but expected one of:\n'
                               ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                               ' * (Tensor input, Number other, *, Tensor out = None)\n',
                            'other': 'copysign() received an invalid combination of arguments - got (Tensor, '
                                     'other={type}), but expected one of:\n'
                                     ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                     ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'count_nonzero'): {0: {'list': 'count_nonzero() received an invalid combination of arguments - '
                                             'got (Tensor, {type}), but expected one of:\n'
                                             ' * (Tensor input, int dim = None)\n'
                                             "      didn't match because some of the arguments have invalid "
                                             'types: (Tensor, !{marked}!)\n'
                                             ' * (Tensor input, tuple of ints dim)\n'
                                             "      didn't match because some of the arguments have invalid "
                                             'types: (Tensor, !{marked}!)\n',
                                     'object': 'count_nonzero() received an invalid combination of arguments '
                                               '- got (Tensor, {type}), but expected one of:\n'
                                               ' * (Tensor input, int dim = None)\n'
                                               "      didn't match because some of the arguments have "
                                               'invalid types: (Tensor, !{marked}!)\n'
                                               ' * (Tensor input, tuple of ints dim)\n'
                                               "      didn't match because some of the arguments have "
                                               'invalid types: (Tensor, !{marked}!)\n',
                                     'str': 'count_nonzero() received an invalid combination of arguments - '
                                            'got (Tensor, {type}), but expected one of:\n'
                                            ' * (Tensor input, int dim = None)\n'
                                            "      didn't match because some of the arguments have invalid "
                                            'types: (Tensor, !{marked}!)\n'
                                            ' * (Tensor input, tuple of ints dim)\n'
                                            "      didn't match because some of the arguments have invalid "
                                            'types: (Tensor, !{marked}!)\n'},
                                 1: 'count_nonzero() received an invalid combination of arguments - got '
                                    '(Tensor, Tensor, {type}), but expected one of:\n'
                                    ' * (Tensor input, int dim = None)\n'
                                    ' * (Tensor input, tuple of ints dim)\n',
                                 'dim': {'list': 'count_nonzero() received an invalid combination of '
                                                 'arguments - got (Tensor, dim={type}), but expected one '
                                                 'of:\n'
                                                 ' * (Tensor input, int dim = None)\n'
                                                 "      didn't match because some of the keywords were "
                                                 'incorrect: dim\n'
                                                 ' * (Tensor input, tuple of ints dim)\n'
                                                 "      didn't match because some of the arguments have "
                                                 'invalid types: (Tensor, !dim={marked}!)\n',
                                         'object': 'count_nonzero() received an invalid combination of '
                                                   'arguments - got (Tensor, dim={type}), but expected one '
                                                   'of:\n'
                                                   ' * (Tensor input, int dim = None)\n'
                                                   "      didn't match because some of the keywords were "
                                                   'incorrect: dim\n'
                                                   ' * (Tensor input, tuple of ints dim)\n'
                                                   "      didn't match because some of the arguments have "
                                                   'invalid types: (Tensor, !dim={marked}!)\n',
                                         'str': 'count_nonzero() received an invalid combination of '
                                                'arguments - got (Tensor, dim={type}), but expected one of:\n'
                                                ' * (Tensor input, int dim = None)\n'
                                                "      didn't match because some of the keywords were "
                                                'incorrect: dim\n'
                                                ' * (Tensor input, tuple of ints dim)\n'
                                                "      didn't match because some of the arguments have "
                                                'invalid types: (Tensor, !dim={marked}!)\n'}},
 ('function', 'div'): {0: "div(): argument 'other' (position 2) must be Tensor, not {type}",
                       1: {'NoneType': 'div() received an invalid combination of arguments - got (Tensor, '
                                       'Tensor, {type}), but expected one of:\n'
                                       ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                       ' * (Tensor input, Tensor other, *, str rounding_mode, Tensor out = '
                                       'None)\n'
                                       ' * (Tensor input, Number other, *, str rounding_mode)\n',
                           'list': 'div() received an invalid combination of arguments - got (Tensor, '
                                   'Tensor, {type}), but expected one of:\n'
                                   ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                   ' * (Tensor input, Tensor other, *, str rounding_mode, Tensor out = '
                                   'None)\n'
                                   ' * (Tensor input, Number other, *, str rounding_mode)\n',
                           'object': 'div() received an invalid combination of arguments - got (Tensor, '
                                     'Tensor, {type}), but expected one of:\n'
                                     ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                     ' * (Tensor input, Tensor other, *, str rounding_mode, Tensor out = '
                                     'None)\n'
                                     ' * (Tensor input, Number other, *, str rounding_mode)\n',
                           'str': 'div() received an invalid combination of arguments - got (Tensor, Tensor, '
                                  '{type}), but expected one of:\n'
                                  ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                  ' * (Tensor input, Tensor other, *, {type} rounding_mode, Tensor out = '
                                  'None)\n'
                                  ' * (Tensor input, Number other, *, {type} rounding_mode)\n'},
                       'other': "div(): argument 'other' must be Tensor, not {type}",
                       'rounding_mode': {'list': 'div() received an invalid combination of arguments - got '
                                                 '(Tensor, Tensor, rounding_mode={type}), but expected one '
                                                 'of:\n'
                                                 ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                                 ' * (Tensor input, Tensor other, *, str rounding_mode, '
                                                 'Tensor out = None)\n'
                                                 ' * (Tensor input, Number other, *, str rounding_mode)\n',
                                         'object': 'div() received an invalid combination of arguments - got '
                                                   '(Tensor, Tensor, rounding_mode={type}), but expected one '
                                                   'of:\n'
                                                   ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                                   ' * (Tensor input, Tensor other, *, str rounding_mode, '
                                                   'Tensor out = None)\n'
                                                   ' * (Tensor input, Number other, *, str '
                                                   'rounding_mode)\n'}},
 ('function', 'divide'): {0: {'NoneType': 'divide() received an invalid combination of arguments - got '
                                          '(Tensor, {type}), but expected one of:\n'
                                          ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                          ' * (Tensor input, Tensor other, *, str rounding_mode, Tensor out '
                                          '= None)\n'
                                          ' * (Tensor input, Number other)\n'
                                          "      didn't match because some of the arguments have invalid "
                                          'types: (Tensor, !{marked}!)\n'
                                          ' * (Tensor input, Number other, *, str rounding_mode)\n',
                              'list': 'divide() received an invalid combination of arguments - got (Tensor, '
                                      '{type}), but expected one of:\n'
                                      ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                      ' * (Tensor input, Tensor other, *, str rounding_mode, Tensor out = '
                                      'None)\n'
                                      ' * (Tensor input, Number other)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(Tensor, !{marked}!)\n'
                                      ' * (Tensor input, Number other, *, str rounding_mode)\n',
                              'object': 'divide() received an invalid combination of arguments - got '
                                        '(Tensor, {type}), but expected one of:\n'
                                        ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                        ' * (Tensor input, Tensor other, *, str rounding_mode, Tensor out = '
                                        'None)\n'
                                        ' * (Tensor input, Number other)\n'
                                        "      didn't match because some of the arguments have invalid "
                                        'types: (Tensor, !{marked}!)\n'
                                        ' * (Tensor input, Number other, *, str rounding_mode)\n',
                              'str': 'divide() received an invalid combination of arguments - got (Tensor, '
                                     '{type}), but expected one of:\n'
                                     ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                     ' * (Tensor input, Tensor other, *, {type} rounding_mode, Tensor out = '
                                     'None)\n'
                                     ' * (Tensor input, Number other)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(Tensor, !{marked}!)\n'
                                     ' * (Tensor input, Number other, *, {type} rounding_mode)\n'},
                          1: {'NoneType': 'divide() received an invalid combination of arguments - got '
                                          '(Tensor, Tensor, {type}), but expected one of:\n'
                                          ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                          ' * (Tensor input, Tensor other, *, str rounding_mode, Tensor out '
                                          '= None)\n'
                                          ' * (Tensor input, Number other)\n'
                                          ' * (Tensor input, Number other, *, str rounding_mode)\n',
                              'list': 'divide() received an invalid combination of arguments - got (Tensor, '
                                      'Tensor, {type}), but expected one of:\n'
                                      ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                      ' * (Tensor input, Tensor other, *, str rounding_mode, Tensor out = '
                                      'None)\n'
                                      ' * (Tensor input, Number other)\n'
                                      ' * (Tensor input, Number other, *, str rounding_mode)\n',
                              'object': 'divide() received an invalid combination of arguments - got '
                                        '(Tensor, Tensor, {type}), but expected one of:\n'
                                        ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                        ' * (Tensor input, Tensor other, *, str rounding_mode, Tensor out = '
                                        'None)\n'
                                        ' * (Tensor input, Number other)\n'
                                        ' * (Tensor input, Number other, *, str rounding_mode)\n',
                              'str': 'divide() received an invalid combination of arguments - got (Tensor, '
                                     'Tensor, {type}), but expected one of:\n'
                                     ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                     ' * (Tensor input, Tensor other, *, {type} rounding_mode, Tensor out = '
                                     'None)\n'
                                     ' * (Tensor input, Number other)\n'
                                     ' * (Tensor input, Number other, *, {type} rounding_mode)\n'},
                          'other': {'NoneType': 'divide() received an invalid combination of arguments - got '
                                                '(Tensor, other={type}), but expected one of:\n'
                                                ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                                ' * (Tensor input, Tensor other, *, str rounding_mode, '
                                                'Tensor out = None)\n'
                                                ' * (Tensor input, Number other)\n'
                                                "      didn't match because some of the arguments have "
                                                'invalid types: (Tensor, !other={marked}!)\n'
                                                ' * (Tensor input, Number other, *, str rounding_mode)\n',
                                    'list': 'divide() received an invalid combination of arguments - got '
                                            '(Tensor, other={type}), but expected one of:\n'
                                            ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                            ' * (Tensor input, Tensor other, *, str rounding_mode, Tensor '
                                            'out = None)\n'
                                            ' * (Tensor input, Number other)\n'
                                            "      didn't match because some of the arguments have invalid "
                                            'types: (Tensor, !other={marked}!)\n'
                                            ' * (Tensor input, Number other, *, str rounding_mode)\n',
                                    'object': 'divide() received an invalid combination of arguments - got '
                                              '(Tensor, other={type}), but expected one of:\n'
                                              ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                              ' * (Tensor input, Tensor other, *, str rounding_mode, Tensor '
                                              'out = None)\n'
                                              ' * (Tensor input, Number other)\n'
                                              "      didn't match because some of the arguments have invalid "
                                              'types: (Tensor, !other={marked}!)\n'
                                              ' * (Tensor input, Number other, *, str rounding_mode)\n',
                                    'str': 'divide() received an invalid combination of arguments - got '
                                           '(Tensor, other={type}), but expected one of:\n'
                                           ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                           ' * (Tensor input, Tensor other, *, {type} rounding_mode, Tensor '
                                           'out = None)\n'
                                           ' * (Tensor input, Number other)\n'
                                           "      didn't match because some of the arguments have invalid "
                                           'types: (Tensor, !other={marked}!)\n'
                                           ' * (Tensor input, Number other, *, {type} rounding_mode)\n'},
                          'rounding_mode': {'list': 'divide() received an invalid combination of arguments - '
                                                    'got (Tensor, Tensor, rounding_mode={type}), but '
                                                    'expected one of:\n'
                                                    ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                                    ' * (Tensor input, Tensor other, *, str rounding_mode, '
                                                    'Tensor out = None)\n'
                                                    ' * (Tensor input, Number other)\n'
                                                    ' * (Tensor input, Number other, *, str rounding_mode)\n',
                                            'object': 'divide() received an invalid combination of arguments '
                                                      '- got (Tensor, Tensor, rounding_mode={type}), but '
                                                      'expected one of:\n'
                                                      ' * (Tensor input, Tensor other, *, Tensor out = '
                                                      'None)\n'
                                                      ' * (Tensor input, Tensor other, *, str rounding_mode, '
                                                      'Tensor out = None)\n'
                                                      ' * (Tensor input, Number other)\n'
                                                      ' * (Tensor input, Number other, *, str '
                                                      'rounding_mode)\n'}},
 ('function', 'eq'): {0: 'eq() received an invalid combination of arguments - got (Tensor, {type}), but '
                         'expected one of:\n'
                         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                         ' * (Tensor input, Number other, *, Tensor out = None)\n',
                      1: 'eq() received an invalid combination of arguments - got (Tensor, Tensor, {type}), '
                         'but expected one of:\n'
                         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                         ' * (Tensor input, Number other, *, Tensor out = None)\n',
                      'other': 'eq() received an invalid combination of arguments - got (Tensor, '
                               'other={type}), but expected one of:\n'
                               ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                               ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'equal'): {0: "equal(): argument 'other' (position 2) must be Tensor, not {type}",
                         'other': "equal(): argument 'other' must be Tensor, not {type}"},
 ('function', 'float_power'): {0: 'float_power() received an invalid combination of arguments - got (Tensor, '
                                  '{type}), but expected one of:\n'
                                  ' * (Tensor input, Tensor exponent, *, Tensor out = None)\n'
                                  ' * (Number self, Tensor exponent, *, Tensor out = None)\n'
                                  ' * (Tensor input, Number exponent, *, Tensor out = None)\n',
                               1: 'float_power() received an invalid combination of arguments - got (Tensor, '
                                  'Tensor, {type}), but expected one of:\n'
                                  ' * (Tensor input, Tensor exponent, *, Tensor out = None)\n'
                                  ' * (Number self, Tensor exponent, *, Tensor out = None)\n'
                                  ' * (Tensor input, Number exponent, *, Tensor out = None)\n',
                               'exponent': 'float_power() received an invalid combination of arguments - got '
                                           '(Tensor, exponent={type}), but expected one of:\n'
                                           ' * (Tensor input, Tensor exponent, *, Tensor out = None)\n'
                                           ' * (Number self, Tensor exponent, *, Tensor out = None)\n'
                                           ' * (Tensor input, Number exponent, *, Tensor out = None)\n'},
 ('function', 'floor_divide'): {0: 'floor_divide() received an invalid combination of arguments - got '
                                   '(Tensor, {type}), but expected one of:\n'
                                   ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                   ' * (Tensor input, Number other)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(Tensor, !{marked}!)\n',
                                'other': 'floor_divide() received an invalid combination of arguments - got '
                                         '(Tensor, other={type}), but expected one of:\n'
                                         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                         ' * (Tensor input, Number other)\n'
                                         "      didn't match because some of the arguments have invalid "
                                         'types: (Tensor, !other={marked}!)\n'},
 ('function', 'fmax'): {0: "fmax(): argument 'other' (position 2) must be Tensor, not {type}",
                        'other': "fmax(): argument 'other' must be Tensor, not {type}"},
 ('function', 'fmin'): {0: "fmin(): argument 'other' (position 2) must be Tensor, not {type}",
                        'other': "fmin(): argument 'other' must be Tensor, not {type}"},
 ('function', 'fmod'): {0: 'fmod() received an invalid combination of arguments - got (Tensor, {type}), but '
                           'expected one of:\n'
                           ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                           ' * (Tensor input, Number other, *, Tensor out = None)\n',
                        1: 'fmod() received an invalid combination of arguments - got (Tensor, Tensor, '
                           '{type}), but expected one of:\n'
                           ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                           ' * (Tensor input, Number other, *, Tensor out = None)\n',
                        'other': 'fmod() received an invalid combination of arguments - got (Tensor, '
                                 'other={type}), but expected one of:\n'
                                 ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                 ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'ge'): {0: 'ge() received an invalid combination of arguments - got (Tensor, {type}), but '
                         'expected one of:\n'
                         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                         ' * (Tensor input, Number other, *, Tensor out = None)\n',
                      1: 'ge() received an invalid combination of arguments - got (Tensor, Tensor, {type}), '
                         'but expected one of:\n'
                         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                         ' * (Tensor input, Number other, *, Tensor out = None)\n',
                      'other': 'ge() received an invalid combination of arguments - got (Tensor, '
                               'other={type}), but expected one of:\n'
                               ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                               ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'greater'): {0: 'greater() received an invalid combination of arguments - got (Tensor, '
                              '{type}), but expected one of:\n'
                              ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                              ' * (Tensor input, Number other, *, Tensor out = None)\n',
                           1: 'greater() received an invalid combination of arguments - got (Tensor, Tensor, '
                              '{type}), but expected one of:\n'
                              ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                              ' * (Tensor input, Number other, *, Tensor out = None)\n',
                           'other': 'greater() received an invalid combination of arguments - got (Tensor, '
                                    'other={type}), but expected one of:\n'
                                    ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                    ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'greater_equal'): {0: 'greater_equal() received an invalid combination of arguments - got '
                                    '(Tensor, {type}), but expected one of:\n'
                                    ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                    ' * (Tensor input, Number other, *, Tensor out = None)\n',
                                 1: 'greater_equal() received an invalid combination of arguments - got '
                                    '(Tensor, Tensor, {type}), but expected one of:\n'
                                    ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                    ' * (Tensor input, Number other, *, Tensor out = None)\n',
                                 'other': 'greater_equal() received an invalid combination of arguments - '
                                          'got (Tensor, other={type}), but expected one of:\n'
                                          ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                          ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'gt'): {0: 'gt() received an invalid combination of arguments - got (Tensor, {type}), but '
                         'expected one of:\n'
                         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                         ' * (Tensor input, Number other, *, Tensor out = None)\n',
                      1: 'gt() received an invalid combination of arguments - got (Tensor, Tensor, {type}), '
                         'but expected one of:\n'
                         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                         ' * (Tensor input, Number other, *, Tensor out = None)\n',
                      'other': 'gt() received an invalid combination of arguments - got (Tensor, '
                               'other={type}), but expected one of:\n'
                               ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                               ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'heaviside'): {0: "heaviside(): argument 'values' (position 2) must be Tensor, not {type}",
                             'values': "heaviside(): argument 'values' must be Tensor, not {type}"},
 ('function', 'hypot'): {0: "hypot(): argument 'other' (position 2) must be Tensor, not {type}",
                         'other': "hypot(): argument 'other' must be Tensor, not {type}"},
 ('function', 'igamma'): {0: "igamma(): argument 'other' (position 2) must be Tensor, not {type}",
                          'other': "igamma(): argument 'other' must be Tensor, not {type}"},
 ('function', 'igammac'): {0: "igammac(): argument 'other' (position 2) must be Tensor, not {type}",
                           'other': "igammac(): argument 'other' must be Tensor, not {type}"},
 ('function', 'is_same_size'): {0: "is_same_size(): argument 'other' (position 2) must be Tensor, not {type}",
                                'other': "is_same_size(): argument 'other' must be Tensor, not {type}"},
 ('function', 'isclose'): {0: "isclose(): argument 'other' (position 2) must be Tensor, not {type}",
                           1: "isclose(): argument 'rtol' (position 3) must be float, not {type}",
                           'atol': "isclose(): argument 'atol' must be float, not {type}",
                           'equal_nan': "isclose(): argument 'equal_nan' must be bool, not {type}",
                           'other': "isclose(): argument 'other' must be Tensor, not {type}",
                           'rtol': "isclose(): argument 'rtol' must be float, not {type}"},
 ('function', 'isin'): {0: 'isin() received an invalid combination of arguments - got (Tensor, {type}), but '
                           'expected one of:\n'
                           ' * (Tensor elements, Tensor test_elements, *, bool assume_unique = False, bool '
                           'invert = False, Tensor out = None)\n'
                           ' * (Number element, Tensor test_elements, *, bool assume_unique = False, bool '
                           'invert = False, Tensor out = None)\n'
                           ' * (Tensor elements, Number test_element, *, bool assume_unique = False, bool '
                           'invert = False, Tensor out = None)\n',
                        1: 'isin() received an invalid combination of arguments - got (Tensor, Tensor, '
                           '{type}), but expected one of:\n'
                           ' * (Tensor elements, Tensor test_elements, *, bool assume_unique = False, bool '
                           'invert = False, Tensor out = None)\n'
                           ' * (Number element, Tensor test_elements, *, bool assume_unique = False, bool '
                           'invert = False, Tensor out = None)\n'
                           ' * (Tensor elements, Number test_element, *, bool assume_unique = False, bool '
                           'invert = False, Tensor out = None)\n',
                        'assume_unique': 'isin() received an invalid combination of arguments - got (Tensor, '
                                         'Tensor, assume_unique={type}), but expected one of:\n'
                                         ' * (Tensor elements, Tensor test_elements, *, bool assume_unique = '
                                         'False, bool invert = False, Tensor out = None)\n'
                                         ' * (Number element, Tensor test_elements, *, bool assume_unique = '
                                         'False, bool invert = False, Tensor out = None)\n'
                                         ' * (Tensor elements, Number test_element, *, bool assume_unique = '
                                         'False, bool invert = False, Tensor out = None)\n',
                        'invert': 'isin() received an invalid combination of arguments - got (Tensor, '
                                  'Tensor, invert={type}), but expected one of:\n'
                                  ' * (Tensor elements, Tensor test_elements, *, bool assume_unique = False, '
                                  'bool invert = False, Tensor out = None)\n'
                                  ' * (Number element, Tensor test_elements, *, bool assume_unique = False, '
                                  'bool invert = False, Tensor out = None)\n'
                                  ' * (Tensor elements, Number test_element, *, bool assume_unique = False, '
                                  'bool invert = False, Tensor out = None)\n',
                        'test_elements': 'isin() received an invalid combination of arguments - got (Tensor, '
                                         'test_elements={type}), but expected one of:\n'
                                         ' * (Tensor elements, Tensor test_elements, *, bool assume_unique = '
                                         'False, bool invert = False, Tensor out = None)\n'
                                         ' * (Number element, Tensor test_elements, *, bool assume_unique = '
                                         'False, bool invert = False, Tensor out = None)\n'
                                         ' * (Tensor elements, Number test_element, *, bool assume_unique = '
                                         'False, bool invert = False, Tensor out = None)\n'},
 ('function', 'le'): {0: 'le() received an invalid combination of arguments - got (Tensor, {type}), but '
                         'expected one of:\n'
                         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                         ' * (Tensor input, Number other, *, Tensor out = None)\n',
                      1: 'le() received an invalid combination of arguments - got (Tensor, Tensor, {type}), '
                         'but expected one of:\n'
                         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                         ' * (Tensor input, Number other, *, Tensor out = None)\n',
                      'other': 'le() received an invalid combination of arguments - got (Tensor, '
                               'other={type}), but expected one of:\n'
                               ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                               ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'lerp'): {0: 'lerp() received an invalid combination of arguments - got (Tensor, {type}), but '
                           'expected one of:\n'
                           ' * (Tensor input, Tensor end, Tensor weight, *, Tensor out = None)\n'
                           ' * (Tensor input, Tensor end, Number weight, *, Tensor out = None)\n',
                        1: 'lerp() received an invalid combination of arguments - got (Tensor, Tensor, '
                           '{type}), but expected one of:\n'
                           ' * (Tensor input, Tensor end, Tensor weight, *, Tensor out = None)\n'
                           ' * (Tensor input, Tensor end, Number weight, *, Tensor out = None)\n',
                        'end': 'lerp() received an invalid combination of arguments - got (Tensor, '
                               'end={type}), but expected one of:\n'
                               ' * (Tensor input, Tensor end, Tensor weight, *, Tensor out = None)\n'
                               ' * (Tensor input, Tensor end, Number weight, *, Tensor out = None)\n',
                        'weight': 'lerp() received an invalid combination of arguments - got (Tensor, '
                                  'Tensor, weight={type}), but expected one of:\n'
                                  ' * (Tensor input, Tensor end, Tensor weight, *, Tensor out = None)\n'
                                  ' * (Tensor input, Tensor end, Number weight, *, Tensor out = None)\n'},
 ('function', 'less'): {0: 'less() received an invalid combination of arguments - got (Tensor, {type}), but '
                           'expected one of:\n'
                           ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                           ' * (Tensor input, Number other, *, Tensor out = None)\n',
                        1: 'less() received an invalid combination of arguments - got (Tensor, Tensor, '
                           '{type}), but expected one of:\n'
                           ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                           ' * (Tensor input, Number other, *, Tensor out = None)\n',
                        'other': 'less() received an invalid combination of arguments - got (Tensor, '
                                 'other={type}), but expected one of:\n'
                                 ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                 ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'less_equal'): {0: 'less_equal() received an invalid combination of arguments - got (Tensor, '
                                 '{type}), but expected one of:\n'
                                 ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                 ' * (Tensor input, Number other, *, Tensor out = None)\n',
                              1: 'less_equal() received an invalid combination of arguments - got (Tensor, '
                                 'Tensor, {type}), but expected one of:\n'
                                 ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                 ' * (Tensor input, Number other, *, Tensor out = None)\n',
                              'other': 'less_equal() received an invalid combination of arguments - got '
                                       '(Tensor, other={type}), but expected one of:\n'
                                       ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                       ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'logaddexp'): {0: "logaddexp(): argument 'other' (position 2) must be Tensor, not {type}",
                             'other': "logaddexp(): argument 'other' must be Tensor, not {type}"},
 ('function', 'logaddexp2'): {0: "logaddexp2(): argument 'other' (position 2) must be Tensor, not {type}",
                              'other': "logaddexp2(): argument 'other' must be Tensor, not {type}"},
 ('function', 'logical_and'): {0: "logical_and(): argument 'other' (position 2) must be Tensor, not {type}",
                               'other': "logical_and(): argument 'other' must be Tensor, not {type}"},
 ('function', 'logical_or'): {0: "logical_or(): argument 'other' (position 2) must be Tensor, not {type}",
                              'other': "logical_or(): argument 'other' must be Tensor, not {type}"},
 ('function', 'logical_xor'): {0: "logical_xor(): argument 'other' (position 2) must be Tensor, not {type}",
                               'other': "logical_xor(): argument 'other' must be Tensor, not {type}"},
 ('function', 'logit'): {0: {'list': "logit(): argument 'eps' (position 2) must be float, not {type}",
                             'object': "logit(): argument 'eps' (position 2) must be float, not {type}",
                             'str': "logit(): argument 'eps' (position 2) must be float, not {type}"},
                         'eps': {'list': "logit(): argument 'eps' must be float, not {type}",
                                 'object': "logit(): argument 'eps' must be float, not {type}",
                                 'str': "logit(): argument 'eps' must be float, not {type}"}},
 ('function', 'lt'): {0: 'lt() received an invalid combination of arguments - got (Tensor, {type}), but '
                         'expected one of:\n'
                         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                         ' * (Tensor input, Number other, *, Tensor out = None)\n',
                      1: 'lt() received an invalid combination of arguments - got (Tensor, Tensor, {type}), '
                         'but expected one of:\n'
                         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                         ' * (Tensor input, Number other, *, Tensor out = None)\n',
                      'other': 'lt() received an invalid combination of arguments - got (Tensor, '
                               'other={type}), but expected one of:\n'
                               ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                               ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'masked_fill'): {0: 'masked_fill() received an invalid combination of arguments - got (Tensor, '
                                  '{type}), but expected one of:\n'
                                  ' * (Tensor input, Tensor mask, Tensor value)\n'
                                  ' * (Tensor input, Tensor mask, Number value)\n',
                               1: 'masked_fill() received an invalid combination of arguments - got (Tensor, '
                                  'Tensor, {type}), but expected one of:\n'
                                  ' * (Tensor input, Tensor mask, Tensor value)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(Tensor, Tensor, !{marked}!)\n'
                                  ' * (Tensor input, Tensor mask, Number value)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(Tensor, Tensor, !{marked}!)\n',
                               'mask': 'masked_fill() received an invalid combination of arguments - got '
                                       '(Tensor, mask={type}), but expected one of:\n'
                                       ' * (Tensor input, Tensor mask, Tensor value)\n'
                                       ' * (Tensor input, Tensor mask, Number value)\n',
                               'value': 'masked_fill() received an invalid combination of arguments - got '
                                        '(Tensor, Tensor, value={type}), but expected one of:\n'
                                        ' * (Tensor input, Tensor mask, Tensor value)\n'
                                        "      didn't match because some of the arguments have invalid "
                                        'types: (Tensor, Tensor, !value={marked}!)\n'
                                        ' * (Tensor input, Tensor mask, Number value)\n'
                                        "      didn't match because some of the arguments have invalid "
                                        'types: (Tensor, Tensor, !value={marked}!)\n'},
 ('function', 'maximum'): {0: "maximum(): argument 'other' (position 2) must be Tensor, not {type}",
                           'other': "maximum(): argument 'other' must be Tensor, not {type}"},
 ('function', 'minimum'): {0: "minimum(): argument 'other' (position 2) must be Tensor, not {type}",
                           'other': "minimum(): argument 'other' must be Tensor, not {type}"},
 ('function', 'mul'): {0: "mul(): argument 'other' (position 2) must be Tensor, not {type}",
                       'other': "mul(): argument 'other' must be Tensor, not {type}"},
 ('function', 'multiply'): {0: 'multiply() received an invalid combination of arguments - got (Tensor, '
                               '{type}), but expected one of:\n'
                               ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                               ' * (Tensor input, Number other)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(Tensor, !{marked}!)\n',
                            'other': 'multiply() received an invalid combination of arguments - got (Tensor, '
                                     'other={type}), but expected one of:\n'
                                     ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                     ' * (Tensor input, Number other)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(Tensor, !other={marked}!)\n'},
 ('function', 'mvlgamma'): {0: "mvlgamma(): argument 'p' (position 2) must be int, not {type}",
                            'p': "mvlgamma(): argument 'p' must be int, not {type}"},
 ('function', 'nan_to_num'): {0: {'list': "nan_to_num(): argument 'nan' (position 2) must be float, not "
                                          '{type}',
                                  'object': "nan_to_num(): argument 'nan' (position 2) must be float, not "
                                            '{type}',
                                  'str': "nan_to_num(): argument 'nan' (position 2) must be float, not "
                                         '{type}'},
                              'nan': {'list': "nan_to_num(): argument 'nan' must be float, not {type}",
                                      'object': "nan_to_num(): argument 'nan' must be float, not {type}",
                                      'str': "nan_to_num(): argument 'nan' must be float, not {type}"},
                              'neginf': {'list': "nan_to_num(): argument 'neginf' must be float, not {type}",
                                         'object': "nan_to_num(): argument 'neginf' must be float, not "
                                                   '{type}',
                                         'str': "nan_to_num(): argument 'neginf' must be float, not {type}"},
                              'posinf': {'list': "nan_to_num(): argument 'posinf' must be float, not {type}",
                                         'object': "nan_to_num(): argument 'posinf' must be float, not "
                                                   '{type}',
                                         'str': "nan_to_num(): argument 'posinf' must be float, not {type}"}},
 ('function', 'ne'): {0: 'ne() received an invalid combination of arguments - got (Tensor, {type}), but '
                         'expected one of:\n'
                         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                         ' * (Tensor input, Number other, *, Tensor out = None)\n',
                      1: 'ne() received an invalid combination of arguments - got (Tensor, Tensor, {type}), '
                         'but expected one of:\n'
                         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                         ' * (Tensor input, Number other, *, Tensor out = None)\n',
                      'other': 'ne() received an invalid combination of arguments - got (Tensor, '
                               'other={type}), but expected one of:\n'
                               ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                               ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'not_equal'): {0: 'not_equal() received an invalid combination of arguments - got (Tensor, '
                                '{type}), but expected one of:\n'
                                ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                ' * (Tensor input, Number other, *, Tensor out = None)\n',
                             1: 'not_equal() received an invalid combination of arguments - got (Tensor, '
                                'Tensor, {type}), but expected one of:\n'
                                ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                ' * (Tensor input, Number other, *, Tensor out = None)\n',
                             'other': 'not_equal() received an invalid combination of arguments - got '
                                      '(Tensor, other={type}), but expected one of:\n'
                                      ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                      ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'pow'): {0: 'pow() received an invalid combination of arguments - got (Tensor, {type}), but '
                          'expected one of:\n'
                          ' * (Tensor input, Tensor exponent, *, Tensor out = None)\n'
                          ' * (Number self, Tensor exponent, *, Tensor out = None)\n'
                          ' * (Tensor input, Number exponent, *, Tensor out = None)\n',
                       1: 'pow() received an invalid combination of arguments - got (Tensor, Tensor, '
                          '{type}), but expected one of:\n'
                          ' * (Tensor input, Tensor exponent, *, Tensor out = None)\n'
                          ' * (Number self, Tensor exponent, *, Tensor out = None)\n'
                          ' * (Tensor input, Number exponent, *, Tensor out = None)\n',
                       'exponent': 'pow() received an invalid combination of arguments - got (Tensor, '
                                   'exponent={type}), but expected one of:\n'
                                   ' * (Tensor input, Tensor exponent, *, Tensor out = None)\n'
                                   ' * (Number self, Tensor exponent, *, Tensor out = None)\n'
                                   ' * (Tensor input, Number exponent, *, Tensor out = None)\n'},
 ('function', 'remainder'): {0: 'remainder() received an invalid combination of arguments - got (Tensor, '
                                '{type}), but expected one of:\n'
                                ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                ' * (Number self, Tensor other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!Tensor!, !{marked}!)\n'
                                ' * (Tensor input, Number other, *, Tensor out = None)\n',
                             1: 'remainder() received an invalid combination of arguments - got (Tensor, '
                                'Tensor, {type}), but expected one of:\n'
                                ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                ' * (Number self, Tensor other)\n'
                                ' * (Tensor input, Number other, *, Tensor out = None)\n',
                             'other': 'remainder() received an invalid combination of arguments - got '
                                      '(Tensor, other={type}), but expected one of:\n'
                                      ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                      ' * (Number self, Tensor other)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!Tensor!, !other={marked}!)\n'
                                      ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('function', 'round'): {0: 'round() received an invalid combination of arguments - got (Tensor, {type}), '
                            'but expected one of:\n'
                            ' * (Tensor input, *, Tensor out = None)\n'
                            ' * (Tensor input, *, int decimals, Tensor out = None)\n',
                         'decimals': 'round() received an invalid combination of arguments - got (Tensor, '
                                     'decimals={type}), but expected one of:\n'
                                     ' * (Tensor input, *, Tensor out = None)\n'
                                     ' * (Tensor input, *, int decimals, Tensor out = None)\n'},
 ('function', 'rsub'): {0: 'rsub() received an invalid combination of arguments - got (Tensor, {type}), but '
                           'expected one of:\n'
                           ' * (Tensor input, Tensor other, *, Number alpha = 1)\n'
                           ' * (Tensor input, Number other, Number alpha = 1)\n',
                        1: 'rsub() received an invalid combination of arguments - got (Tensor, Tensor, '
                           '{type}), but expected one of:\n'
                           ' * (Tensor input, Tensor other, *, Number alpha = 1)\n'
                           ' * (Tensor input, Number other, Number alpha = 1)\n'
                           "      didn't match because some of the arguments have invalid types: (Tensor, "
                           '!Tensor!, !{marked}!)\n',
                        'alpha': 'rsub() received an invalid combination of arguments - got (Tensor, Tensor, '
                                 'alpha={type}), but expected one of:\n'
                                 ' * (Tensor input, Tensor other, *, Number alpha = 1)\n'
                                 ' * (Tensor input, Number other, Number alpha = 1)\n'
                                 "      didn't match because some of the keywords were incorrect: alpha\n",
                        'other': 'rsub() received an invalid combination of arguments - got (Tensor, '
                                 'other={type}), but expected one of:\n'
                                 ' * (Tensor input, Tensor other, *, Number alpha = 1)\n'
                                 ' * (Tensor input, Number other, Number alpha = 1)\n'},
 ('function', 'searchsorted'): {0: {'NoneType': 'searchsorted() received an invalid combination of arguments '
                                                '- got (Tensor, {type}), but expected one of:\n'
                                                ' * (Tensor sorted_sequence, Tensor input, *, bool out_int32 '
                                                '= False, bool right = False, str side = None, Tensor sorter '
                                                '= None, Tensor out = None)\n'
                                                ' * (Tensor sorted_sequence, Number self, *, bool out_int32 '
                                                '= False, bool right = False, str side = None, Tensor sorter '
                                                '= None, Tensor out = None)\n',
                                    'list': 'searchsorted() received an invalid combination of arguments - '
                                            'got (Tensor, {type}), but expected one of:\n'
                                            ' * (Tensor sorted_sequence, Tensor input, *, bool out_int32 = '
                                            'False, bool right = False, str side = None, Tensor sorter = '
                                            'None, Tensor out = None)\n'
                                            ' * (Tensor sorted_sequence, Number self, *, bool out_int32 = '
                                            'False, bool right = False, str side = None, Tensor sorter = '
                                            'None, Tensor out = None)\n',
                                    'object': 'searchsorted() received an invalid combination of arguments - '
                                              'got (Tensor, {type}), but expected one of:\n'
                                              ' * (Tensor sorted_sequence, Tensor input, *, bool out_int32 = '
                                              'False, bool right = False, str side = None, Tensor sorter = '
                                              'None, Tensor out = None)\n'
                                              ' * (Tensor sorted_sequence, Number self, *, bool out_int32 = '
                                              'False, bool right = False, str side = None, Tensor sorter = '
                                              'None, Tensor out = None)\n',
                                    'str': 'searchsorted() received an invalid combination of arguments - '
                                           'got (Tensor, {type}), but expected one of:\n'
                                           ' * (Tensor sorted_sequence, Tensor input, *, bool out_int32 = '
                                           'False, bool right = False, {type} side = None, Tensor sorter = '
                                           'None, Tensor out = None)\n'
                                           ' * (Tensor sorted_sequence, Number self, *, bool out_int32 = '
                                           'False, bool right = False, {type} side = None, Tensor sorter = '
                                           'None, Tensor out = None)\n'},
                                1: {'NoneType': 'searchsorted() received an invalid combination of arguments '
                                                '- got (Tensor, Tensor, {type}), but expected one of:\n'
                                                ' * (Tensor sorted_sequence, Tensor input, *, bool out_int32 '
                                                '= False, bool right = False, str side = None, Tensor sorter '
                                                '= None, Tensor out = None)\n'
                                                ' * (Tensor sorted_sequence, Number self, *, bool out_int32 '
                                                '= False, bool right = False, str side = None, Tensor sorter '
                                                '= None, Tensor out = None)\n',
                                    'list': 'searchsorted() received an invalid combination of arguments - '
                                            'got (Tensor, Tensor, {type}), but expected one of:\n'
                                            ' * (Tensor sorted_sequence, Tensor input, *, bool out_int32 = '
                                            'False, bool right = False, str side = None, Tensor sorter = '
                                            'None, Tensor out = None)\n'
                                            ' * (Tensor sorted_sequence, Number self, *, bool out_int32 = '
                                            'False, bool right = False, str side = None, Tensor sorter = '
                                            'None, Tensor out = None)\n',
                                    'object': 'searchsorted() received an invalid combination of arguments - '
                                              'got (Tensor, Tensor, {type}), but expected one of:\n'
                                              ' * (Tensor sorted_sequence, Tensor input, *, bool out_int32 = '
                                              'False, bool right = False, str side = None, Tensor sorter = '
                                              'None, Tensor out = None)\n'
                                              ' * (Tensor sorted_sequence, Number self, *, bool out_int32 = '
                                              'False, bool right = False, str side = None, Tensor sorter = '
                                              'None, Tensor out = None)\n',
                                    'str': 'searchsorted() received an invalid combination of arguments - '
                                           'got (Tensor, Tensor, {type}), but expected one of:\n'
                                           ' * (Tensor sorted_sequence, Tensor input, *, bool out_int32 = '
                                           'False, bool right = False, {type} side = None, Tensor sorter = '
                                           'None, Tensor out = None)\n'
                                           ' * (Tensor sorted_sequence, Number self, *, bool out_int32 = '
                                           'False, bool right = False, {type} side = None, Tensor sorter = '
                                           'None, Tensor out = None)\n'},
                                'out_int32': {'NoneType': 'searchsorted() received an invalid combination of '
                                                          'arguments - got (Tensor, Tensor, '
                                                          'out_int32={type}), but expected one of:\n'
                                                          ' * (Tensor sorted_sequence, Tensor input, *, bool '
                                                          'out_int32 = False, bool right = False, str side = '
                                                          'None, Tensor sorter = None, Tensor out = None)\n'
                                                          ' * (Tensor sorted_sequence, Number self, *, bool '
                                                          'out_int32 = False, bool right = False, str side = '
                                                          'None, Tensor sorter = None, Tensor out = None)\n',
                                              'list': 'searchsorted() received an invalid combination of '
                                                      'arguments - got (Tensor, Tensor, out_int32={type}), '
                                                      'but expected one of:\n'
                                                      ' * (Tensor sorted_sequence, Tensor input, *, bool '
                                                      'out_int32 = False, bool right = False, str side = '
                                                      'None, Tensor sorter = None, Tensor out = None)\n'
                                                      ' * (Tensor sorted_sequence, Number self, *, bool '
                                                      'out_int32 = False, bool right = False, str side = '
                                                      'None, Tensor sorter = None, Tensor out = None)\n',
                                              'object': 'searchsorted() received an invalid combination of '
                                                        'arguments - got (Tensor, Tensor, out_int32={type}), '
                                                        'but expected one of:\n'
                                                        ' * (Tensor sorted_sequence, Tensor input, *, bool '
                                                        'out_int32 = False, bool right = False, str side = '
                                                        'None, Tensor sorter = None, Tensor out = None)\n'
                                                        ' * (Tensor sorted_sequence, Number self, *, bool '
                                                        'out_int32 = False, bool right = False, str side = '
                                                        'None, Tensor sorter = None, Tensor out = None)\n',
                                              'str': 'searchsorted() received an invalid combination of '
                                                     'arguments - got (Tensor, Tensor, out_int32={type}), '
                                                     'but expected one of:\n'
                                                     ' * (Tensor sorted_sequence, Tensor input, *, bool '
                                                     'out_int32 = False, bool right = False, {type} side = '
                                                     'None, Tensor sorter = None, Tensor out = None)\n'
                                                     ' * (Tensor sorted_sequence, Number self, *, bool '
                                                     'out_int32 = False, bool right = False, {type} side = '
                                                     'None, Tensor sorter = None, Tensor out = None)\n'},
                                'right': {'NoneType': 'searchsorted() received an invalid combination of '
                                                      'arguments - got (Tensor, Tensor, right={type}), but '
                                                      'expected one of:\n'
                                                      ' * (Tensor sorted_sequence, Tensor input, *, bool '
                                                      'out_int32 = False, bool right = False, str side = '
                                                      'None, Tensor sorter = None, Tensor out = None)\n'
                                                      ' * (Tensor sorted_sequence, Number self, *, bool '
                                                      'out_int32 = False, bool right = False, str side = '
                                                      'None, Tensor sorter = None, Tensor out = None)\n',
                                          'list': 'searchsorted() received an invalid combination of '
                                                  'arguments - got (Tensor, Tensor, right={type}), but '
                                                  'expected one of:\n'
                                                  ' * (Tensor sorted_sequence, Tensor input, *, bool '
                                                  'out_int32 = False, bool right = False, str side = None, '
                                                  'Tensor sorter = None, Tensor out = None)\n'
                                                  ' * (Tensor sorted_sequence, Number self, *, bool '
                                                  'out_int32 = False, bool right = False, str side = None, '
                                                  'Tensor sorter = None, Tensor out = None)\n',
                                          'object': 'searchsorted() received an invalid combination of '
                                                    'arguments - got (Tensor, Tensor, right={type}), but '
                                                    'expected one of:\n'
                                                    ' * (Tensor sorted_sequence, Tensor input, *, bool '
                                                    'out_int32 = False, bool right = False, str side = None, '
                                                    'Tensor sorter = None, Tensor out = None)\n'
                                                    ' * (Tensor sorted_sequence, Number self, *, bool '
                                                    'out_int32 = False, bool right = False, str side = None, '
                                                    'Tensor sorter = None, Tensor out = None)\n',
                                          'str': 'searchsorted() received an invalid combination of '
                                                 'arguments - got (Tensor, Tensor, right={type}), but '
                                                 'expected one of:\n'
                                                 ' * (Tensor sorted_sequence, Tensor input, *, bool '
                                                 'out_int32 = False, bool right = False, {type} side = None, '
                                                 'Tensor sorter = None, Tensor out = None)\n'
                                                 ' * (Tensor sorted_sequence, Number self, *, bool out_int32 '
                                                 '= False, bool right = False, {type} side = None, Tensor '
                                                 'sorter = None, Tensor out = None)\n'},
                                'side': {'list': 'searchsorted() received an invalid combination of '
                                                 'arguments - got (Tensor, Tensor, side={type}), but '
                                                 'expected one of:\n'
                                                 ' * (Tensor sorted_sequence, Tensor input, *, bool '
                                                 'out_int32 = False, bool right = False, str side = None, '
                                                 'Tensor sorter = None, Tensor out = None)\n'
                                                 ' * (Tensor sorted_sequence, Number self, *, bool out_int32 '
                                                 '= False, bool right = False, str side = None, Tensor '
                                                 'sorter = None, Tensor out = None)\n',
                                         'object': 'searchsorted() received an invalid combination of '
                                                   'arguments - got (Tensor, Tensor, side={type}), but '
                                                   'expected one of:\n'
                                                   ' * (Tensor sorted_sequence, Tensor input, *, bool '
                                                   'out_int32 = False, bool right = False, str side = None, '
                                                   'Tensor sorter = None, Tensor out = None)\n'
                                                   ' * (Tensor sorted_sequence, Number self, *, bool '
                                                   'out_int32 = False, bool right = False, str side = None, '
                                                   'Tensor sorter = None, Tensor out = None)\n'},
                                'sorter': {'list': 'searchsorted() received an invalid combination of '
                                                   'arguments - got (Tensor, Tensor, sorter={type}), but '
                                                   'expected one of:\n'
                                                   ' * (Tensor sorted_sequence, Tensor input, *, bool '
                                                   'out_int32 = False, bool right = False, str side = None, '
                                                   'Tensor sorter = None, Tensor out = None)\n'
                                                   ' * (Tensor sorted_sequence, Number self, *, bool '
                                                   'out_int32 = False, bool right = False, str side = None, '
                                                   'Tensor sorter = None, Tensor out = None)\n',
                                           'object': 'searchsorted() received an invalid combination of '
                                                     'arguments - got (Tensor, Tensor, sorter={type}), but '
                                                     'expected one of:\n'
                                                     ' * (Tensor sorted_sequence, Tensor input, *, bool '
                                                     'out_int32 = False, bool right = False, str side = '
                                                     'None, Tensor sorter = None, Tensor out = None)\n'
                                                     ' * (Tensor sorted_sequence, Number self, *, bool '
                                                     'out_int32 = False, bool right = False, str side = '
                                                     'None, Tensor sorter = None, Tensor out = None)\n',
                                           'str': 'searchsorted() received an invalid combination of '
                                                  'arguments - got (Tensor, Tensor, sorter={type}), but '
                                                  'expected one of:\n'
                                                  ' * (Tensor sorted_sequence, Tensor input, *, bool '
                                                  'out_int32 = False, bool right = False, {type} side = '
                                                  'None, Tensor sorter = None, Tensor out = None)\n'
                                                  ' * (Tensor sorted_sequence, Number self, *, bool '
                                                  'out_int32 = False, bool right = False, {type} side = '
                                                  'None, Tensor sorter = None, Tensor out = None)\n'}},
 ('function', 'sub'): {0: "sub(): argument 'other' (position 2) must be Tensor, not {type}",
                       'alpha': "sub(): argument 'alpha' must be Number, not {type}",
                       'other': "sub(): argument 'other' must be Tensor, not {type}"},
 ('function', 'subtract'): {0: 'subtract() received an invalid combination of arguments - got (Tensor, '
                               '{type}), but expected one of:\n'
                               ' * (Tensor input, Tensor other, *, Number alpha = 1, Tensor out = None)\n'
                               ' * (Tensor input, Number other, Number alpha = 1)\n',
                            1: 'subtract() received an invalid combination of arguments - got (Tensor, '
                               'Tensor, {type}), but expected one of:\n'
                               ' * (Tensor input, Tensor other, *, Number alpha = 1, Tensor out = None)\n'
                               ' * (Tensor input, Number other, Number alpha = 1)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(Tensor, !Tensor!, !{marked}!)\n',
                            'alpha': 'subtract() received an invalid combination of arguments - got (Tensor, '
                                     'Tensor, alpha={type}), but expected one of:\n'
                                     ' * (Tensor input, Tensor other, *, Number alpha = 1, Tensor out = '
                                     'None)\n'
                                     ' * (Tensor input, Number other, Number alpha = 1)\n'
                                     "      didn't match because some of the keywords were incorrect: "
                                     'alpha\n',
                            'other': 'subtract() received an invalid combination of arguments - got (Tensor, '
                                     'other={type}), but expected one of:\n'
                                     ' * (Tensor input, Tensor other, *, Number alpha = 1, Tensor out = '
                                     'None)\n'
                                     ' * (Tensor input, Number other, Number alpha = 1)\n'},
 ('function', 'true_divide'): {0: 'true_divide() received an invalid combination of arguments - got (Tensor, '
                                  '{type}), but expected one of:\n'
                                  ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                  ' * (Tensor input, Number other)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(Tensor, !{marked}!)\n',
                               'other': 'true_divide() received an invalid combination of arguments - got '
                                        '(Tensor, other={type}), but expected one of:\n'
                                        ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                        ' * (Tensor input, Number other)\n'
                                        "      didn't match because some of the arguments have invalid "
                                        'types: (Tensor, !other={marked}!)\n'},
 ('function', 'where'): {0: 'where() received an invalid combination of arguments - got (Tensor, {type}), '
                            'but expected one of:\n'
                            ' * (Tensor condition)\n'
                            ' * (Tensor condition, Tensor input, Tensor other, *, Tensor out = None)\n'
                            ' * (Tensor condition, Number self, Tensor other)\n'
                            ' * (Tensor condition, Tensor input, Number other)\n'
                            ' * (Tensor condition, Number self, Number other)\n',
                         1: 'where() received an invalid combination of arguments - got (Tensor, Tensor, '
                            '{type}), but expected one of:\n'
                            ' * (Tensor condition)\n'
                            ' * (Tensor condition, Tensor input, Tensor other, *, Tensor out = None)\n'
                            ' * (Tensor condition, Number self, Tensor other)\n'
                            "      didn't match because some of the arguments have invalid types: (Tensor, "
                            '!Tensor!, !{marked}!)\n'
                            ' * (Tensor condition, Tensor input, Number other)\n'
                            "      didn't match because some of the arguments have invalid types: (Tensor, "
                            'Tensor, !{marked}!)\n'
                            ' * (Tensor condition, Number self, Number other)\n'
                            "      didn't match because some of the arguments have invalid types: (Tensor, "
                            '!Tensor!, !{marked}!)\n',
                         'other': 'where() received an invalid combination of arguments - got (Tensor, '
                                  'other={type}), but expected one of:\n'
                                  ' * (Tensor condition)\n'
                                  ' * (Tensor condition, Tensor input, Tensor other, *, Tensor out = None)\n'
                                  ' * (Tensor condition, Number self, Tensor other)\n'
                                  ' * (Tensor condition, Tensor input, Number other)\n'
                                  ' * (Tensor condition, Number self, Number other)\n'},
 ('function', 'xlogy'): {0: 'xlogy() received an invalid combination of arguments - got (Tensor, {type}), '
                            'but expected one of:\n'
                            ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                            ' * (Number self, Tensor other, *, Tensor out = None)\n'
                            ' * (Tensor input, Number other, *, Tensor out = None)\n',
                         1: 'xlogy() received an invalid combination of arguments - got (Tensor, Tensor, '
                            '{type}), but expected one of:\n'
                            ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                            ' * (Number self, Tensor other, *, Tensor out = None)\n'
                            ' * (Tensor input, Number other, *, Tensor out = None)\n',
                         'other': 'xlogy() received an invalid combination of arguments - got (Tensor, '
                                  'other={type}), but expected one of:\n'
                                  ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                                  ' * (Number self, Tensor other, *, Tensor out = None)\n'
                                  ' * (Tensor input, Number other, *, Tensor out = None)\n'},
 ('method', 'add'): {0: "add(): argument 'other' (position 1) must be Tensor, not {type}",
                     'alpha': "add(): argument 'alpha' must be Number, not {type}",
                     'other': "add(): argument 'other' must be Tensor, not {type}"},
 ('method', 'add_'): {0: "add_(): argument 'other' (position 1) must be Tensor, not {type}",
                      'other': "add_(): argument 'other' must be Tensor, not {type}"},
 ('method', 'addcdiv'): {0: 'addcdiv() received an invalid combination of arguments - got ({type}), but '
                            'expected (Tensor tensor1, Tensor tensor2, *, Number value = 1)',
                         1: "addcdiv(): argument 'tensor2' (position 2) must be Tensor, not {type}",
                         'tensor2': "addcdiv(): argument 'tensor2' must be Tensor, not {type}",
                         'value': "addcdiv(): argument 'value' must be Number, not {type}"},
 ('method', 'addcdiv_'): {0: 'addcdiv_() received an invalid combination of arguments - got ({type}), but '
                             'expected (Tensor tensor1, Tensor tensor2, *, Number value = 1)',
                          1: "addcdiv_(): argument 'tensor2' (position 2) must be Tensor, not {type}"},
 ('method', 'addcmul'): {0: 'addcmul() received an invalid combination of arguments - got ({type}), but '
                            'expected (Tensor tensor1, Tensor tensor2, *, Number value = 1)',
                         1: "addcmul(): argument 'tensor2' (position 2) must be Tensor, not {type}",
                         'tensor2': "addcmul(): argument 'tensor2' must be Tensor, not {type}",
                         'value': "addcmul(): argument 'value' must be Number, not {type}"},
 ('method', 'addcmul_'): {0: 'addcmul_() received an invalid combination of arguments - got ({type}), but '
                             'expected (Tensor tensor1, Tensor tensor2, *, Number value = 1)',
                          1: "addcmul_(): argument 'tensor2' (position 2) must be Tensor, not {type}"},
 ('method', 'all'): {0: {'list': 'all() received an invalid combination of arguments - got ({type}), but '
                                 'expected one of:\n'
                                 ' * ()\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!{marked}!)\n'
                                 ' * (tuple of ints dim = None, bool keepdim = False)\n'
                                 ' * (int dim, bool keepdim = False)\n',
                         'object': 'all() received an invalid combination of arguments - got ({type}), but '
                                   'expected one of:\n'
                                   ' * ()\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!{marked}!)\n'
                                   ' * (tuple of ints dim = None, bool keepdim = False)\n'
                                   ' * (int dim, bool keepdim = False)\n',
                         'str': 'all() received an invalid combination of arguments - got ({type}), but '
                                'expected one of:\n'
                                ' * ()\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!{marked}!)\n'
                                ' * (tuple of ints dim = None, bool keepdim = False)\n'
                                ' * (int dim, bool keepdim = False)\n'},
                     1: 'all() received an invalid combination of arguments - got (Tensor, {type}), but '
                        'expected one of:\n'
                        ' * ()\n'
                        ' * (tuple of ints dim = None, bool keepdim = False)\n'
                        "      didn't match because some of the arguments have invalid types: (!Tensor!, "
                        '!{marked}!)\n'
                        ' * (int dim, bool keepdim = False)\n'
                        "      didn't match because some of the arguments have invalid types: (!Tensor!, "
                        '!{marked}!)\n',
                     'dim': {'list': 'all() received an invalid combination of arguments - got (dim={type}, '
                                     '), but expected one of:\n'
                                     ' * ()\n'
                                     "      didn't match because some of the keywords were incorrect: dim\n"
                                     ' * (tuple of ints dim = None, bool keepdim = False)\n'
                                     ' * (int dim, bool keepdim = False)\n',
                             'object': 'all() received an invalid combination of arguments - got '
                                       '(dim={type}, ), but expected one of:\n'
                                       ' * ()\n'
                                       "      didn't match because some of the keywords were incorrect: dim\n"
                                       ' * (tuple of ints dim = None, bool keepdim = False)\n'
                                       ' * (int dim, bool keepdim = False)\n',
                             'str': 'all() received an invalid combination of arguments - got (dim={type}, '
                                    '), but expected one of:\n'
                                    ' * ()\n'
                                    "      didn't match because some of the keywords were incorrect: dim\n"
                                    ' * (tuple of ints dim = None, bool keepdim = False)\n'
                                    ' * (int dim, bool keepdim = False)\n'},
                     'keepdim': 'all() received an invalid combination of arguments - got (keepdim={type}, '
                                '), but expected one of:\n'
                                ' * ()\n'
                                "      didn't match because some of the keywords were incorrect: keepdim\n"
                                ' * (tuple of ints dim = None, bool keepdim = False)\n'
                                ' * (int dim, bool keepdim = False)\n'},
 ('method', 'allclose'): {0: "allclose(): argument 'other' (position 1) must be Tensor, not {type}",
                          1: "allclose(): argument 'rtol' (position 2) must be float, not {type}",
                          'atol': "allclose(): argument 'atol' must be float, not {type}",
                          'equal_nan': "allclose(): argument 'equal_nan' must be bool, not {type}",
                          'other': "allclose(): argument 'other' must be Tensor, not {type}",
                          'rtol': "allclose(): argument 'rtol' must be float, not {type}"},
 ('method', 'any'): {0: {'list': 'any() received an invalid combination of arguments - got ({type}), but '
                                 'expected one of:\n'
                                 ' * ()\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!{marked}!)\n'
                                 ' * (tuple of ints dim = None, bool keepdim = False)\n'
                                 ' * (int dim, bool keepdim = False)\n',
                         'object': 'any() received an invalid combination of arguments - got ({type}), but '
                                   'expected one of:\n'
                                   ' * ()\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!{marked}!)\n'
                                   ' * (tuple of ints dim = None, bool keepdim = False)\n'
                                   ' * (int dim, bool keepdim = False)\n',
                         'str': 'any() received an invalid combination of arguments - got ({type}), but '
                                'expected one of:\n'
                                ' * ()\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!{marked}!)\n'
                                ' * (tuple of ints dim = None, bool keepdim = False)\n'
                                ' * (int dim, bool keepdim = False)\n'},
                     1: 'any() received an invalid combination of arguments - got (Tensor, {type}), but '
                        'expected one of:\n'
                        ' * ()\n'
                        ' * (tuple of ints dim = None, bool keepdim = False)\n'
                        "      didn't match because some of the arguments have invalid types: (!Tensor!, "
                        '!{marked}!)\n'
                        ' * (int dim, bool keepdim = False)\n'
                        "      didn't match because some of the arguments have invalid types: (!Tensor!, "
                        '!{marked}!)\n',
                     'dim': {'list': 'any() received an invalid combination of arguments - got (dim={type}, '
                                     '), but expected one of:\n'
                                     ' * ()\n'
                                     "      didn't match because some of the keywords were incorrect: dim\n"
                                     ' * (tuple of ints dim = None, bool keepdim = False)\n'
                                     ' * (int dim, bool keepdim = False)\n',
                             'object': 'any() received an invalid combination of arguments - got '
                                       '(dim={type}, ), but expected one of:\n'
                                       ' * ()\n'
                                       "      didn't match because some of the keywords were incorrect: dim\n"
                                       ' * (tuple of ints dim = None, bool keepdim = False)\n'
                                       ' * (int dim, bool keepdim = False)\n',
                             'str': 'any() received an invalid combination of arguments - got (dim={type}, '
                                    '), but expected one of:\n'
                                    ' * ()\n'
                                    "      didn't match because some of the keywords were incorrect: dim\n"
                                    ' * (tuple of ints dim = None, bool keepdim = False)\n'
                                    ' * (int dim, bool keepdim = False)\n'},
                     'keepdim': 'any() received an invalid combination of arguments - got (keepdim={type}, '
                                '), but expected one of:\n'
                                ' * ()\n'
                                "      didn't match because some of the keywords were incorrect: keepdim\n"
                                ' * (tuple of ints dim = None, bool keepdim = False)\n'
                                ' * (int dim, bool keepdim = False)\n'},
 ('method', 'arctan2'): {0: "arctan2(): argument 'other' (position 1) must be Tensor, not {type}",
                         'other': "arctan2(): argument 'other' must be Tensor, not {type}"},
 ('method', 'arctan2_'): {0: "arctan2_(): argument 'other' (position 1) must be Tensor, not {type}",
                          'other': "arctan2_(): argument 'other' must be Tensor, not {type}"},
 ('method', 'atan2'): {0: "atan2(): argument 'other' (position 1) must be Tensor, not {type}",
                       'other': "atan2(): argument 'other' must be Tensor, not {type}"},
 ('method', 'atan2_'): {0: "atan2_(): argument 'other' (position 1) must be Tensor, not {type}",
                        'other': "atan2_(): argument 'other' must be Tensor, not {type}"},
 ('method', 'bitwise_and'): {0: 'bitwise_and() received an invalid combination of arguments - got ({type}), '
                                'but expected one of:\n'
                                ' * (Tensor other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!{marked}!)\n'
                                ' * (Number other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!{marked}!)\n',
                             1: 'bitwise_and() received an invalid combination of arguments - got (Tensor, '
                                '{type}), but expected one of:\n'
                                ' * (Tensor other)\n'
                                ' * (Number other)\n',
                             'other': 'bitwise_and() received an invalid combination of arguments - got '
                                      '(other={type}, ), but expected one of:\n'
                                      ' * (Tensor other)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!other={marked}!, )\n'
                                      ' * (Number other)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!other={marked}!, )\n'},
 ('method', 'bitwise_and_'): {0: 'bitwise_and_() received an invalid combination of arguments - got '
                                 '({type}), but expected one of:\n'
                                 ' * (Tensor other)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!{marked}!)\n'
                                 ' * (Number other)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!{marked}!)\n',
                              1: 'bitwise_and_() received an invalid combination of arguments - got (Tensor, '
                                 '{type}), but expected one of:\n'
                                 ' * (Tensor other)\n'
                                 ' * (Number other)\n',
                              'other': 'bitwise_and_() received an invalid combination of arguments - got '
                                       '(other={type}, ), but expected one of:\n'
                                       ' * (Tensor other)\n'
                                       "      didn't match because some of the arguments have invalid types: "
                                       '(!other={marked}!, )\n'
                                       ' * (Number other)\n'
                                       "      didn't match because some of the arguments have invalid types: "
                                       '(!other={marked}!, )\n'},
 ('method', 'bitwise_or'): {0: 'bitwise_or() received an invalid combination of arguments - got ({type}), '
                               'but expected one of:\n'
                               ' * (Tensor other)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!{marked}!)\n'
                               ' * (Number other)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!{marked}!)\n',
                            1: 'bitwise_or() received an invalid combination of arguments - got (Tensor, '
                               '{type}), but expected one of:\n'
                               ' * (Tensor other)\n'
                               ' * (Number other)\n',
                            'other': 'bitwise_or() received an invalid combination of arguments - got '
                                     '(other={type}, ), but expected one of:\n'
                                     ' * (Tensor other)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(!other={marked}!, )\n'
                                     ' * (Number other)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(!other={marked}!, )\n'},
 ('method', 'bitwise_or_'): {0: 'bitwise_or_() received an invalid combination of arguments - got ({type}), '
                                'but expected one of:\n'
                                ' * (Tensor other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!{marked}!)\n'
                                ' * (Number other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!{marked}!)\n',
                             1: 'bitwise_or_() received an invalid combination of arguments - got (Tensor, '
                                '{type}), but expected one of:\n'
                                ' * (Tensor other)\n'
                                ' * (Number other)\n',
                             'other': 'bitwise_or_() received an invalid combination of arguments - got '
                                      '(other={type}, ), but expected one of:\n'
                                      ' * (Tensor other)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!other={marked}!, )\n'
                                      ' * (Number other)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!other={marked}!, )\n'},
 ('method', 'bitwise_xor'): {0: 'bitwise_xor() received an invalid combination of arguments - got ({type}), '
                                'but expected one of:\n'
                                ' * (Tensor other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!{marked}!)\n'
                                ' * (Number other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!{marked}!)\n',
                             1: 'bitwise_xor() received an invalid combination of arguments - got (Tensor, '
                                '{type}), but expected one of:\n'
                                ' * (Tensor other)\n'
                                ' * (Number other)\n',
                             'other': 'bitwise_xor() received an invalid combination of arguments - got '
                                      '(other={type}, ), but expected one of:\n'
                                      ' * (Tensor other)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!other={marked}!, )\n'
                                      ' * (Number other)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!other={marked}!, )\n'},
 ('method', 'bitwise_xor_'): {0: 'bitwise_xor_() received an invalid combination of arguments - got '
                                 '({type}), but expected one of:\n'
                                 ' * (Tensor other)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!{marked}!)\n'
                                 ' * (Number other)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!{marked}!)\n',
                              1: 'bitwise_xor_() received an invalid combination of arguments - got (Tensor, '
                                 '{type}), but expected one of:\n'
                                 ' * (Tensor other)\n'
                                 ' * (Number other)\n',
                              'other': 'bitwise_xor_() received an invalid combination of arguments - got '
                                       '(other={type}, ), but expected one of:\n'
                                       ' * (Tensor other)\n'
                                       "      didn't match because some of the arguments have invalid types: "
                                       '(!other={marked}!, )\n'
                                       ' * (Number other)\n'
                                       "      didn't match because some of the arguments have invalid types: "
                                       '(!other={marked}!, )\n'},
 ('method', 'clamp'): {0: {'list': 'clamp() received an invalid combination of arguments - got ({type}), but '
                                   'expected one of:\n'
                                   ' * (Tensor min = None, Tensor max = None)\n'
                                   ' * (Number min = None, Number max = None)\n',
                           'object': 'clamp() received an invalid combination of arguments - got ({type}), '
                                     'but expected one of:\n'
                                     ' * (Tensor min = None, Tensor max = None)\n'
                                     ' * (Number min = None, Number max = None)\n',
                           'str': 'clamp() received an invalid combination of arguments - got ({type}), but '
                                  'expected one of:\n'
                                  ' * (Tensor min = None, Tensor max = None)\n'
                                  ' * (Number min = None, Number max = None)\n'},
                       1: {'list': 'clamp() received an invalid combination of arguments - got (Tensor, '
                                   '{type}), but expected one of:\n'
                                   ' * (Tensor min = None, Tensor max = None)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!Tensor!, !{marked}!)\n'
                                   ' * (Number min = None, Number max = None)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!Tensor!, !{marked}!)\n',
                           'object': 'clamp() received an invalid combination of arguments - got (Tensor, '
                                     '{type}), but expected one of:\n'
                                     ' * (Tensor min = None, Tensor max = None)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(!Tensor!, !{marked}!)\n'
                                     ' * (Number min = None, Number max = None)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(!Tensor!, !{marked}!)\n',
                           'str': 'clamp() received an invalid combination of arguments - got (Tensor, '
                                  '{type}), but expected one of:\n'
                                  ' * (Tensor min = None, Tensor max = None)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!Tensor!, !{marked}!)\n'
                                  ' * (Number min = None, Number max = None)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!Tensor!, !{marked}!)\n'},
                       'max': {'list': 'clamp() received an invalid combination of arguments - got '
                                       '(max={type}, ), but expected one of:\n'
                                       ' * (Tensor min = None, Tensor max = None)\n'
                                       ' * (Number min = None, Number max = None)\n',
                               'object': 'clamp() received an invalid combination of arguments - got '
                                         '(max={type}, ), but expected one of:\n'
                                         ' * (Tensor min = None, Tensor max = None)\n'
                                         ' * (Number min = None, Number max = None)\n',
                               'str': 'clamp() received an invalid combination of arguments - got '
                                      '(max={type}, ), but expected one of:\n'
                                      ' * (Tensor min = None, Tensor max = None)\n'
                                      ' * (Number min = None, Number max = None)\n'},
                       'min': {'list': 'clamp() received an invalid combination of arguments - got '
                                       '(min={type}, ), but expected one of:\n'
                                       ' * (Tensor min = None, Tensor max = None)\n'
                                       ' * (Number min = None, Number max = None)\n',
                               'object': 'clamp() received an invalid combination of arguments - got '
                                         '(min={type}, ), but expected one of:\n'
                                         ' * (Tensor min = None, Tensor max = None)\n'
                                         ' * (Number min = None, Number max = None)\n',
                               'str': 'clamp() received an invalid combination of arguments - got '
                                      '(min={type}, ), but expected one of:\n'
                                      ' * (Tensor min = None, Tensor max = None)\n'
                                      ' * (Number min = None, Number max = None)\n'}},
 ('method', 'clamp_'): {0: {'list': 'clamp_() received an invalid combination of arguments - got ({type}), '
                                    'but expected one of:\n'
                                    ' * (Tensor min = None, Tensor max = None)\n'
                                    ' * (Number min = None, Number max = None)\n',
                            'object': 'clamp_() received an invalid combination of arguments - got ({type}), '
                                      'but expected one of:\n'
                                      ' * (Tensor min = None, Tensor max = None)\n'
                                      ' * (Number min = None, Number max = None)\n',
                            'str': 'clamp_() received an invalid combination of arguments - got ({type}), '
                                   'but expected one of:\n'
                                   ' * (Tensor min = None, Tensor max = None)\n'
                                   ' * (Number min = None, Number max = None)\n'},
                        1: {'list': 'clamp_() received an invalid combination of arguments - got (Tensor, '
                                    '{type}), but expected one of:\n'
                                    ' * (Tensor min = None, Tensor max = None)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!Tensor!, !{marked}!)\n'
                                    ' * (Number min = None, Number max = None)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!Tensor!, !{marked}!)\n',
                            'object': 'clamp_() received an invalid combination of arguments - got (Tensor, '
                                      '{type}), but expected one of:\n'
                                      ' * (Tensor min = None, Tensor max = None)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!Tensor!, !{marked}!)\n'
                                      ' * (Number min = None, Number max = None)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!Tensor!, !{marked}!)\n',
                            'str': 'clamp_() received an invalid combination of arguments - got (Tensor, '
                                   '{type}), but expected one of:\n'
                                   ' * (Tensor min = None, Tensor max = None)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!Tensor!, !{marked}!)\n'
                                   ' * (Number min = None, Number max = None)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!Tensor!, !{marked}!)\n'},
                        'max': {'list': 'clamp_() received an invalid combination of arguments - got '
                                        '(max={type}, ), but expected one of:\n'
                                        ' * (Tensor min = None, Tensor max = None)\n'
                                        ' * (Number min = None, Number max = None)\n',
                                'object': 'clamp_() received an invalid combination of arguments - got '
                                          '(max={type}, ), but expected one of:\n'
                                          ' * (Tensor min = None, Tensor max = None)\n'
                                          ' * (Number min = None, Number max = None)\n',
                                'str': 'clamp_() received an invalid combination of arguments - got '
                                       '(max={type}, ), but expected one of:\n'
                                       ' * (Tensor min = None, Tensor max = None)\n'
                                       ' * (Number min = None, Number max = None)\n'},
                        'min': {'list': 'clamp_() received an invalid combination of arguments - got '
                                        '(min={type}, ), but expected one of:\n'
                                        ' * (Tensor min = None, Tensor max = None)\n'
                                        ' * (Number min = None, Number max = None)\n',
                                'object': 'clamp_() received an invalid combination of arguments - got '
                                          '(min={type}, ), but expected one of:\n'
                                          ' * (Tensor min = None, Tensor max = None)\n'
                                          ' * (Number min = None, Number max = None)\n',
                                'str': 'clamp_() received an invalid combination of arguments - got '
                                       '(min={type}, ), but expected one of:\n'
                                       ' * (Tensor min = None, Tensor max = None)\n'
                                       ' * (Number min = None, Number max = None)\n'}},
 ('method', 'clamp_max'): {0: 'clamp_max() received an invalid combination of arguments - got ({type}), but '
                              'expected one of:\n'
                              ' * (Tensor max)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!{marked}!)\n'
                              ' * (Number max)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!{marked}!)\n',
                           1: 'clamp_max() received an invalid combination of arguments - got (Tensor, '
                              '{type}), but expected one of:\n'
                              ' * (Tensor max)\n'
                              ' * (Number max)\n',
                           'max': 'clamp_max() received an invalid combination of arguments - got '
                                  '(max={type}, ), but expected one of:\n'
                                  ' * (Tensor max)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!max={marked}!, )\n'
                                  ' * (Number max)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!max={marked}!, )\n'},
 ('method', 'clamp_max_'): {0: 'clamp_max_() received an invalid combination of arguments - got ({type}), '
                               'but expected one of:\n'
                               ' * (Tensor max)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!{marked}!)\n'
                               ' * (Number max)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!{marked}!)\n',
                            1: 'clamp_max_() received an invalid combination of arguments - got (Tensor, '
                               '{type}), but expected one of:\n'
                               ' * (Tensor max)\n'
                               ' * (Number max)\n',
                            'max': 'clamp_max_() received an invalid combination of arguments - got '
                                   '(max={type}, ), but expected one of:\n'
                                   ' * (Tensor max)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!max={marked}!, )\n'
                                   ' * (Number max)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!max={marked}!, )\n'},
 ('method', 'clamp_min'): {0: 'clamp_min() received an invalid combination of arguments - got ({type}), but '
                              'expected one of:\n'
                              ' * (Tensor min)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!{marked}!)\n'
                              ' * (Number min)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!{marked}!)\n',
                           1: 'clamp_min() received an invalid combination of arguments - got (Tensor, '
                              '{type}), but expected one of:\n'
                              ' * (Tensor min)\n'
                              ' * (Number min)\n',
                           'min': 'clamp_min() received an invalid combination of arguments - got '
                                  '(min={type}, ), but expected one of:\n'
                                  ' * (Tensor min)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!min={marked}!, )\n'
                                  ' * (Number min)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!min={marked}!, )\n'},
 ('method', 'clamp_min_'): {0: 'clamp_min_() received an invalid combination of arguments - got ({type}), '
                               'but expected one of:\n'
                               ' * (Tensor min)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!{marked}!)\n'
                               ' * (Number min)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!{marked}!)\n',
                            1: 'clamp_min_() received an invalid combination of arguments - got (Tensor, '
                               '{type}), but expected one of:\n'
                               ' * (Tensor min)\n'
                               ' * (Number min)\n',
                            'min': 'clamp_min_() received an invalid combination of arguments - got '
                                   '(min={type}, ), but expected one of:\n'
                                   ' * (Tensor min)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!min={marked}!, )\n'
                                   ' * (Number min)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!min={marked}!, )\n'},
 ('method', 'clip'): {0: {'list': 'clip() received an invalid combination of arguments - got ({type}), but '
                                  'expected one of:\n'
                                  ' * (Tensor min = None, Tensor max = None)\n'
                                  ' * (Number min = None, Number max = None)\n',
                          'object': 'clip() received an invalid combination of arguments - got ({type}), but '
                                    'expected one of:\n'
                                    ' * (Tensor min = None, Tensor max = None)\n'
                                    ' * (Number min = None, Number max = None)\n',
                          'str': 'clip() received an invalid combination of arguments - got ({type}), but '
                                 'expected one of:\n'
                                 ' * (Tensor min = None, Tensor max = None)\n'
                                 ' * (Number min = None, Number max = None)\n'},
                      1: {'list': 'clip() received an invalid combination of arguments - got (Tensor, '
                                  '{type}), but expected one of:\n'
                                  ' * (Tensor min = None, Tensor max = None)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!Tensor!, !{marked}!)\n'
                                  ' * (Number min = None, Number max = None)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!Tensor!, !{marked}!)\n',
                          'object': 'clip() received an invalid combination of arguments - got (Tensor, '
                                    '{type}), but expected one of:\n'
                                    ' * (Tensor min = None, Tensor max = None)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!Tensor!, !{marked}!)\n'
                                    ' * (Number min = None, Number max = None)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!Tensor!, !{marked}!)\n',
                          'str': 'clip() received an invalid combination of arguments - got (Tensor, '
                                 '{type}), but expected one of:\n'
                                 ' * (Tensor min = None, Tensor max = None)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!Tensor!, !{marked}!)\n'
                                 ' * (Number min = None, Number max = None)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!Tensor!, !{marked}!)\n'},
                      'max': {'list': 'clip() received an invalid combination of arguments - got '
                                      '(max={type}, ), but expected one of:\n'
                                      ' * (Tensor min = None, Tensor max = None)\n'
                                      ' * (Number min = None, Number max = None)\n',
                              'object': 'clip() received an invalid combination of arguments - got '
                                        '(max={type}, ), but expected one of:\n'
                                        ' * (Tensor min = None, Tensor max = None)\n'
                                        ' * (Number min = None, Number max = None)\n',
                              'str': 'clip() received an invalid combination of arguments - got (max={type}, '
                                     '), but expected one of:\n'
                                     ' * (Tensor min = None, Tensor max = None)\n'
                                     ' * (Number min = None, Number max = None)\n'},
                      'min': {'list': 'clip() received an invalid combination of arguments - got '
                                      '(min={type}, ), but expected one of:\n'
                                      ' * (Tensor min = None, Tensor max = None)\n'
                                      ' * (Number min = None, Number max = None)\n',
                              'object': 'clip() received an invalid combination of arguments - got '
                                        '(min={type}, ), but expected one of:\n'
                                        ' * (Tensor min = None, Tensor max = None)\n'
                                        ' * (Number min = None, Number max = None)\n',
                              'str': 'clip() received an invalid combination of arguments - got (min={type}, '
                                     '), but expected one of:\n'
                                     ' * (Tensor min = None, Tensor max = None)\n'
                                     ' * (Number min = None, Number max = None)\n'}},
 ('method', 'clip_'): {0: {'list': 'clip_() received an invalid combination of arguments - got ({type}), but '
                                   'expected one of:\n'
                                   ' * (Tensor min = None, Tensor max = None)\n'
                                   ' * (Number min = None, Number max = None)\n',
                           'object': 'clip_() received an invalid combination of arguments - got ({type}), '
                                     'but expected one of:\n'
                                     ' * (Tensor min = None, Tensor max = None)\n'
                                     ' * (Number min = None, Number max = None)\n',
                           'str': 'clip_() received an invalid combination of arguments - got ({type}), but '
                                  'expected one of:\n'
                                  ' * (Tensor min = None, Tensor max = None)\n'
                                  ' * (Number min = None, Number max = None)\n'},
                       1: {'list': 'clip_() received an invalid combination of arguments - got (Tensor, '
                                   '{type}), but expected one of:\n'
                                   ' * (Tensor min = None, Tensor max = None)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!Tensor!, !{marked}!)\n'
                                   ' * (Number min = None, Number max = None)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!Tensor!, !{marked}!)\n',
                           'object': 'clip_() received an invalid combination of arguments - got (Tensor, '
                                     '{type}), but expected one of:\n'
                                     ' * (Tensor min = None, Tensor max = None)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(!Tensor!, !{marked}!)\n'
                                     ' * (Number min = None, Number max = None)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(!Tensor!, !{marked}!)\n',
                           'str': 'clip_() received an invalid combination of arguments - got (Tensor, '
                                  '{type}), but expected one of:\n'
                                  ' * (Tensor min = None, Tensor max = None)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!Tensor!, !{marked}!)\n'
                                  ' * (Number min = None, Number max = None)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!Tensor!, !{marked}!)\n'},
                       'max': {'list': 'clip_() received an invalid combination of arguments - got '
                                       '(max={type}, ), but expected one of:\n'
                                       ' * (Tensor min = None, Tensor max = None)\n'
                                       ' * (Number min = None, Number max = None)\n',
                               'object': 'clip_() received an invalid combination of arguments - got '
                                         '(max={type}, ), but expected one of:\n'
                                         ' * (Tensor min = None, Tensor max = None)\n'
                                         ' * (Number min = None, Number max = None)\n',
                               'str': 'clip_() received an invalid combination of arguments - got '
                                      '(max={type}, ), but expected one of:\n'
                                      ' * (Tensor min = None, Tensor max = None)\n'
                                      ' * (Number min = None, Number max = None)\n'},
                       'min': {'list': 'clip_() received an invalid combination of arguments - got '
                                       '(min={type}, ), but expected one of:\n'
                                       ' * (Tensor min = None, Tensor max = None)\n'
                                       ' * (Number min = None, Number max = None)\n',
                               'object': 'clip_() received an invalid combination of arguments - got '
                                         '(min={type}, ), but expected one of:\n'
                                         ' * (Tensor min = None, Tensor max = None)\n'
                                         ' * (Number min = None, Number max = None)\n',
                               'str': 'clip_() received an invalid combination of arguments - got '
                                      '(min={type}, ), but expected one of:\n'
                                      ' * (Tensor min = None, Tensor max = None)\n'
                                      ' * (Number min = None, Number max = None)\n'}},
 ('method', 'copysign'): {0: 'copysign() received an invalid combination of arguments - got ({type}), but '
                             'expected one of:\n'
                             ' * (Tensor other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!{marked}!)\n'
                             ' * (Number other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!{marked}!)\n',
                          1: 'copysign() received an invalid combination of arguments - got (Tensor, '
                             '{type}), but expected one of:\n'
                             ' * (Tensor other)\n'
                             ' * (Number other)\n',
                          'other': 'copysign() received an invalid combination of arguments - got '
                                   '(other={type}, ), but expected one of:\n'
                                   ' * (Tensor other)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!other={marked}!, )\n'
                                   ' * (Number other)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!other={marked}!, )\n'},
 ('method', 'copysign_'): {0: 'copysign_() received an invalid combination of arguments - got ({type}), but '
                              'expected one of:\n'
                              ' * (Tensor other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!{marked}!)\n'
                              ' * (Number other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!{marked}!)\n',
                           1: 'copysign_() received an invalid combination of arguments - got (Tensor, '
                              '{type}), but expected one of:\n'
                              ' * (Tensor other)\n'
                              ' * (Number other)\n',
                           'other': 'copysign_() received an invalid combination of arguments - got '
                                    '(other={type}, ), but expected one of:\n'
                                    ' * (Tensor other)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!other={marked}!, )\n'
                                    ' * (Number other)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!other={marked}!, )\n'},
 ('method', 'count_nonzero'): {0: {'list': 'count_nonzero() received an invalid combination of arguments - '
                                           'got ({type}), but expected one of:\n'
                                           ' * (int dim = None)\n'
                                           "      didn't match because some of the arguments have invalid "
                                           'types: (!{marked}!)\n'
                                           ' * (tuple of ints dim)\n'
                                           "      didn't match because some of the arguments have invalid "
                                           'types: (!{marked}!)\n',
                                   'object': 'count_nonzero() received an invalid combination of arguments - '
                                             'got ({type}), but expected one of:\n'
                                             ' * (int dim = None)\n'
                                             "      didn't match because some of the arguments have invalid "
                                             'types: (!{marked}!)\n'
                                             ' * (tuple of ints dim)\n'
                                             "      didn't match because some of the arguments have invalid "
                                             'types: (!{marked}!)\n',
                                   'str': 'count_nonzero() received an invalid combination of arguments - '
                                          'got ({type}), but expected one of:\n'
                                          ' * (int dim = None)\n'
                                          "      didn't match because some of the arguments have invalid "
                                          'types: (!{marked}!)\n'
                                          ' * (tuple of ints dim)\n'
                                          "      didn't match because some of the arguments have invalid "
                                          'types: (!{marked}!)\n'},
                               1: 'count_nonzero() received an invalid combination of arguments - got '
                                  '(Tensor, {type}), but expected one of:\n'
                                  ' * (int dim = None)\n'
                                  ' * (tuple of ints dim)\n',
                               'dim': {'list': 'count_nonzero() received an invalid combination of arguments '
                                               '- got (dim={type}, ), but expected one of:\n'
                                               ' * (int dim = None)\n'
                                               "      didn't match because some of the keywords were "
                                               'incorrect: dim\n'
                                               ' * (tuple of ints dim)\n'
                                               "      didn't match because some of the arguments have "
                                               'invalid types: (!dim={marked}!, )\n',
                                       'object': 'count_nonzero() received an invalid combination of '
                                                 'arguments - got (dim={type}, ), but expected one of:\n'
                                                 ' * (int dim = None)\n'
                                                 "      didn't match because some of the keywords were "
                                                 'incorrect: dim\n'
                                                 ' * (tuple of ints dim)\n'
                                                 "      didn't match because some of the arguments have "
                                                 'invalid types: (!dim={marked}!, )\n',
                                       'str': 'count_nonzero() received an invalid combination of arguments '
                                              '- got (dim={type}, ), but expected one of:\n'
                                              ' * (int dim = None)\n'
                                              "      didn't match because some of the keywords were "
                                              'incorrect: dim\n'
                                              ' * (tuple of ints dim)\n'
                                              "      didn't match because some of the arguments have invalid "
                                              'types: (!dim={marked}!, )\n'}},
 ('method', 'div'): {0: "div(): argument 'other' (position 1) must be Tensor, not {type}",
                     1: {'NoneType': 'div() received an invalid combination of arguments - got (Tensor, '
                                     '{type}), but expected one of:\n'
                                     ' * (Tensor other)\n'
                                     ' * (Tensor other, *, str rounding_mode)\n'
                                     ' * (Number other, *, str rounding_mode)\n',
                         'list': 'div() received an invalid combination of arguments - got (Tensor, {type}), '
                                 'but expected one of:\n'
                                 ' * (Tensor other)\n'
                                 ' * (Tensor other, *, str rounding_mode)\n'
                                 ' * (Number other, *, str rounding_mode)\n',
                         'object': 'div() received an invalid combination of arguments - got (Tensor, '
                                   '{type}), but expected one of:\n'
                                   ' * (Tensor other)\n'
                                   ' * (Tensor other, *, str rounding_mode)\n'
                                   ' * (Number other, *, str rounding_mode)\n',
                         'str': 'div() received an invalid combination of arguments - got (Tensor, {type}), '
                                'but expected one of:\n'
                                ' * (Tensor other)\n'
                                ' * (Tensor other, *, {type} rounding_mode)\n'
                                ' * (Number other, *, {type} rounding_mode)\n'},
                     'other': "div(): argument 'other' must be Tensor, not {type}",
                     'rounding_mode': {'list': 'div() received an invalid combination of arguments - got '
                                               '(Tensor, rounding_mode={type}), but expected one of:\n'
                                               ' * (Tensor other)\n'
                                               ' * (Tensor other, *, str rounding_mode)\n'
                                               ' * (Number other, *, str rounding_mode)\n',
                                       'object': 'div() received an invalid combination of arguments - got '
                                                 '(Tensor, rounding_mode={type}), but expected one of:\n'
                                                 ' * (Tensor other)\n'
                                                 ' * (Tensor other, *, str rounding_mode)\n'
                                                 ' * (Number other, *, str rounding_mode)\n'}},
 ('method', 'div_'): {0: "div_(): argument 'other' (position 1) must be Tensor, not {type}",
                      1: {'NoneType': 'div_() received an invalid combination of arguments - got (Tensor, '
                                      '{type}), but expected one of:\n'
                                      ' * (Tensor other)\n'
                                      ' * (Tensor other, *, str rounding_mode)\n'
                                      ' * (Number other, *, str rounding_mode)\n',
                          'list': 'div_() received an invalid combination of arguments - got (Tensor, '
                                  '{type}), but expected one of:\n'
                                  ' * (Tensor other)\n'
                                  ' * (Tensor other, *, str rounding_mode)\n'
                                  ' * (Number other, *, str rounding_mode)\n',
                          'object': 'div_() received an invalid combination of arguments - got (Tensor, '
                                    '{type}), but expected one of:\n'
                                    ' * (Tensor other)\n'
                                    ' * (Tensor other, *, str rounding_mode)\n'
                                    ' * (Number other, *, str rounding_mode)\n',
                          'str': 'div_() received an invalid combination of arguments - got (Tensor, '
                                 '{type}), but expected one of:\n'
                                 ' * (Tensor other)\n'
                                 ' * (Tensor other, *, {type} rounding_mode)\n'
                                 ' * (Number other, *, {type} rounding_mode)\n'},
                      'other': "div_(): argument 'other' must be Tensor, not {type}"},
 ('method', 'divide'): {0: {'NoneType': 'divide() received an invalid combination of arguments - got '
                                        '({type}), but expected one of:\n'
                                        ' * (Tensor other)\n'
                                        "      didn't match because some of the arguments have invalid "
                                        'types: (!{marked}!)\n'
                                        ' * (Tensor other, *, str rounding_mode)\n'
                                        ' * (Number other)\n'
                                        "      didn't match because some of the arguments have invalid "
                                        'types: (!{marked}!)\n'
                                        ' * (Number other, *, str rounding_mode)\n',
                            'list': 'divide() received an invalid combination of arguments - got ({type}), '
                                    'but expected one of:\n'
                                    ' * (Tensor other)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!{marked}!)\n'
                                    ' * (Tensor other, *, str rounding_mode)\n'
                                    ' * (Number other)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!{marked}!)\n'
                                    ' * (Number other, *, str rounding_mode)\n',
                            'object': 'divide() received an invalid combination of arguments - got ({type}), '
                                      'but expected one of:\n'
                                      ' * (Tensor other)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!{marked}!)\n'
                                      ' * (Tensor other, *, str rounding_mode)\n'
                                      ' * (Number other)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!{marked}!)\n'
                                      ' * (Number other, *, str rounding_mode)\n',
                            'str': 'divide() received an invalid combination of arguments - got ({type}), '
                                   'but expected one of:\n'
                                   ' * (Tensor other)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!{marked}!)\n'
                                   ' * (Tensor other, *, {type} rounding_mode)\n'
                                   ' * (Number other)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!{marked}!)\n'
                                   ' * (Number other, *, {type} rounding_mode)\n'},
                        1: {'NoneType': 'divide() received an invalid combination of arguments - got '
                                        '(Tensor, {type}), but expected one of:\n'
                                        ' * (Tensor other)\n'
                                        ' * (Tensor other, *, str rounding_mode)\n'
                                        ' * (Number other)\n'
                                        ' * (Number other, *, str rounding_mode)\n',
                            'list': 'divide() received an invalid combination of arguments - got (Tensor, '
                                    '{type}), but expected one of:\n'
                                    ' * (Tensor other)\n'
                                    ' * (Tensor other, *, str rounding_mode)\n'
                                    ' * (Number other)\n'
                                    ' * (Number other, *, str rounding_mode)\n',
                            'object': 'divide() received an invalid combination of arguments - got (Tensor, '
                                      '{type}), but expected one of:\n'
                                      ' * (Tensor other)\n'
                                      ' * (Tensor other, *, str rounding_mode)\n'
                                      ' * (Number other)\n'
                                      ' * (Number other, *, str rounding_mode)\n',
                            'str': 'divide() received an invalid combination of arguments - got (Tensor, '
                                   '{type}), but expected one of:\n'
                                   ' * (Tensor other)\n'
                                   ' * (Tensor other, *, {type} rounding_mode)\n'
                                   ' * (Number other)\n'
                                   ' * (Number other, *, {type} rounding_mode)\n'},
                        'other': {'NoneType': 'divide() received an invalid combination of arguments - got '
                                              '(other={type}, ), but expected one of:\n'
                                              ' * (Tensor other)\n'
                                              "      didn't match because some of the arguments have invalid "
                                              'types: (!other={marked}!, )\n'
                                              ' * (Tensor other, *, str rounding_mode)\n'
                                              ' * (Number other)\n'
                                              "      didn't match because some of the arguments have invalid "
                                              'types: (!other={marked}!, )\n'
                                              ' * (Number other, *, str rounding_mode)\n',
                                  'list': 'divide() received an invalid combination of arguments - got '
                                          '(other={type}, ), but expected one of:\n'
                                          ' * (Tensor other)\n'
                                          "      didn't match because some of the arguments have invalid "
                                          'types: (!other={marked}!, )\n'
                                          ' * (Tensor other, *, str rounding_mode)\n'
                                          ' * (Number other)\n'
                                          "      didn't match because some of the arguments have invalid "
                                          'types: (!other={marked}!, )\n'
                                          ' * (Number other, *, str rounding_mode)\n',
                                  'object': 'divide() received an invalid combination of arguments - got '
                                            '(other={type}, ), but expected one of:\n'
                                            ' * (Tensor other)\n'
                                            "      didn't match because some of the arguments have invalid "
                                            'types: (!other={marked}!, )\n'
                                            ' * (Tensor other, *, str rounding_mode)\n'
                                            ' * (Number other)\n'
                                            "      didn't match because some of the arguments have invalid "
                                            'types: (!other={marked}!, )\n'
                                            ' * (Number other, *, str rounding_mode)\n',
                                  'str': 'divide() received an invalid combination of arguments - got '
                                         '(other={type}, ), but expected one of:\n'
                                         ' * (Tensor other)\n'
                                         "      didn't match because some of the arguments have invalid "
                                         'types: (!other={marked}!, )\n'
                                         ' * (Tensor other, *, {type} rounding_mode)\n'
                                         ' * (Number other)\n'
                                         "      didn't match because some of the arguments have invalid "
                                         'types: (!other={marked}!, )\n'
                                         ' * (Number other, *, {type} rounding_mode)\n'},
                        'rounding_mode': {'list': 'divide() received an invalid combination of arguments - '
                                                  'got (Tensor, rounding_mode={type}), but expected one of:\n'
                                                  ' * (Tensor other)\n'
                                                  ' * (Tensor other, *, str rounding_mode)\n'
                                                  ' * (Number other)\n'
                                                  ' * (Number other, *, str rounding_mode)\n',
                                          'object': 'divide() received an invalid combination of arguments - '
                                                    'got (Tensor, rounding_mode={type}), but expected one '
                                                    'of:\n'
                                                    ' * (Tensor other)\n'
                                                    ' * (Tensor other, *, str rounding_mode)\n'
                                                    ' * (Number other)\n'
                                                    ' * (Number other, *, str rounding_mode)\n'}},
 ('method', 'divide_'): {0: {'NoneType': 'divide_() received an invalid combination of arguments - got '
                                         '({type}), but expected one of:\n'
                                         ' * (Tensor other)\n'
                                         "      didn't match because some of the arguments have invalid "
                                         'types: (!{marked}!)\n'
                                         ' * (Tensor other, *, str rounding_mode)\n'
                                         ' * (Number other)\n'
                                         "      didn't match because some of the arguments have invalid "
                                         'types: (!{marked}!)\n'
                                         ' * (Number other, *, str rounding_mode)\n',
                             'list': 'divide_() received an invalid combination of arguments - got ({type}), '
                                     'but expected one of:\n'
                                     ' * (Tensor other)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(!{marked}!)\n'
                                     ' * (Tensor other, *, str rounding_mode)\n'
                                     ' * (Number other)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(!{marked}!)\n'
                                     ' * (Number other, *, str rounding_mode)\n',
                             'object': 'divide_() received an invalid combination of arguments - got '
                                       '({type}), but expected one of:\n'
                                       ' * (Tensor other)\n'
                                       "      didn't match because some of the arguments have invalid types: "
                                       '(!{marked}!)\n'
                                       ' * (Tensor other, *, str rounding_mode)\n'
                                       ' * (Number other)\n'
                                       "      didn't match because some of the arguments have invalid types: "
                                       '(!{marked}!)\n'
                                       ' * (Number other, *, str rounding_mode)\n',
                             'str': 'divide_() received an invalid combination of arguments - got ({type}), '
                                    'but expected one of:\n'
                                    ' * (Tensor other)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!{marked}!)\n'
                                    ' * (Tensor other, *, {type} rounding_mode)\n'
                                    ' * (Number other)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!{marked}!)\n'
                                    ' * (Number other, *, {type} rounding_mode)\n'},
                         1: {'NoneType': 'divide_() received an invalid combination of arguments - got '
                                         '(Tensor, {type}), but expected one of:\n'
                                         ' * (Tensor other)\n'
                                         ' * (Tensor other, *, str rounding_mode)\n'
                                         ' * (Number other)\n'
                                         ' * (Number other, *, str rounding_mode)\n',
                             'list': 'divide_() received an invalid combination of arguments - got (Tensor, '
                                     '{type}), but expected one of:\n'
                                     ' * (Tensor other)\n'
                                     ' * (Tensor other, *, str rounding_mode)\n'
                                     ' * (Number other)\n'
                                     ' * (Number other, *, str rounding_mode)\n',
                             'object': 'divide_() received an invalid combination of arguments - got '
                                       '(Tensor, {type}), but expected one of:\n'
                                       ' * (Tensor other)\n'
                                       ' * (Tensor other, *, str rounding_mode)\n'
                                       ' * (Number other)\n'
                                       ' * (Number other, *, str rounding_mode)\n',
                             'str': 'divide_() received an invalid combination of arguments - got (Tensor, '
                                    '{type}), but expected one of:\n'
                                    ' * (Tensor other)\n'
                                    ' * (Tensor other, *, {type} rounding_mode)\n'
                                    ' * (Number other)\n'
                                    ' * (Number other, *, {type} rounding_mode)\n'},
                         'other': {'NoneType': 'divide_() received an invalid combination of arguments - got '
                                               '(other={type}, ), but expected one of:\n'
                                               ' * (Tensor other)\n'
                                               "      didn't match because some of the arguments have "
                                               'invalid types: (!other={marked}!, )\n'
                                               ' * (Tensor other, *, str rounding_mode)\n'
                                               ' * (Number other)\n'
                                               "      didn't match because some of the arguments have "
                                               'invalid types: (!other={marked}!, )\n'
                                               ' * (Number other, *, str rounding_mode)\n',
                                   'list': 'divide_() received an invalid combination of arguments - got '
                                           '(other={type}, ), but expected one of:\n'
                                           ' * (Tensor other)\n'
                                           "      didn't match because some of the arguments have invalid "
                                           'types: (!other={marked}!, )\n'
                                           ' * (Tensor other, *, str rounding_mode)\n'
                                           ' * (Number other)\n'
                                           "      didn't match because some of the arguments have invalid "
                                           'types: (!other={marked}!, )\n'
                                           ' * (Number other, *, str rounding_mode)\n',
                                   'object': 'divide_() received an invalid combination of arguments - got '
                                             '(other={type}, ), but expected one of:\n'
                                             ' * (Tensor other)\n'
                                             "      didn't match because some of the arguments have invalid "
                                             'types: (!other={marked}!, )\n'
                                             ' * (Tensor other, *, str rounding_mode)\n'
                                             ' * (Number other)\n'
                                             "      didn't match because some of the arguments have invalid "
                                             'types: (!other={marked}!, )\n'
                                             ' * (Number other, *, str rounding_mode)\n',
                                   'str': 'divide_() received an invalid combination of arguments - got '
                                          '(other={type}, ), but expected one of:\n'
                                          ' * (Tensor other)\n'
                                          "      didn't match because some of the arguments have invalid "
                                          'types: (!other={marked}!, )\n'
                                          ' * (Tensor other, *, {type} rounding_mode)\n'
                                          ' * (Number other)\n'
                                          "      didn't match because some of the arguments have invalid "
                                          'types: (!other={marked}!, )\n'
                                          ' * (Number other, *, {type} rounding_mode)\n'},
                         'rounding_mode': {'NoneType': 'divide_() received an invalid combination of '
                                                       'arguments - got (rounding_mode={type}, ), but '
                                                       'expected one of:\n'
                                                       ' * (Tensor other)\n'
                                                       "      didn't match because some of the keywords were "
                                                       'incorrect: rounding_mode\n'
                                                       ' * (Tensor other, *, str rounding_mode)\n'
                                                       ' * (Number other)\n'
                                                       "      didn't match because some of the keywords were "
                                                       'incorrect: rounding_mode\n'
                                                       ' * (Number other, *, str rounding_mode)\n',
                                           'list': 'divide_() received an invalid combination of arguments - '
                                                   'got (rounding_mode={type}, ), but expected one of:\n'
                                                   ' * (Tensor other)\n'
                                                   "      didn't match because some of the keywords were "
                                                   'incorrect: rounding_mode\n'
                                                   ' * (Tensor other, *, str rounding_mode)\n'
                                                   ' * (Number other)\n'
                                                   "      didn't match because some of the keywords were "
                                                   'incorrect: rounding_mode\n'
                                                   ' * (Number other, *, str rounding_mode)\n',
                                           'object': 'divide_() received an invalid combination of arguments '
                                                     '- got (rounding_mode={type}, ), but expected one of:\n'
                                                     ' * (Tensor other)\n'
                                                     "      didn't match because some of the keywords were "
                                                     'incorrect: rounding_mode\n'
                                                     ' * (Tensor other, *, str rounding_mode)\n'
                                                     ' * (Number other)\n'
                                                     "      didn't match because some of the keywords were "
                                                     'incorrect: rounding_mode\n'
                                                     ' * (Number other, *, str rounding_mode)\n',
                                           'str': 'divide_() received an invalid combination of arguments - '
                                                  'got (rounding_mode={type}, ), but expected one of:\n'
                                                  ' * (Tensor other)\n'
                                                  "      didn't match because some of the keywords were "
                                                  'incorrect: rounding_mode\n'
                                                  ' * (Tensor other, *, {type} rounding_mode)\n'
                                                  ' * (Number other)\n'
                                                  "      didn't match because some of the keywords were "
                                                  'incorrect: rounding_mode\n'
                                                  ' * (Number other, *, {type} rounding_mode)\n'}},
 ('method', 'eq'): {0: 'eq() received an invalid combination of arguments - got ({type}), but expected one '
                       'of:\n'
                       ' * (Tensor other)\n'
                       "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                       ' * (Number other)\n'
                       "      didn't match because some of the arguments have invalid types: (!{marked}!)\n",
                    1: 'eq() received an invalid combination of arguments - got (Tensor, {type}), but '
                       'expected one of:\n'
                       ' * (Tensor other)\n'
                       ' * (Number other)\n',
                    'other': 'eq() received an invalid combination of arguments - got (other={type}, ), but '
                             'expected one of:\n'
                             ' * (Tensor other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!other={marked}!, )\n'
                             ' * (Number other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!other={marked}!, )\n'},
 ('method', 'eq_'): {0: 'eq_() received an invalid combination of arguments - got ({type}), but expected one '
                        'of:\n'
                        ' * (Tensor other)\n'
                        "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                        ' * (Number other)\n'
                        "      didn't match because some of the arguments have invalid types: (!{marked}!)\n",
                     1: 'eq_() received an invalid combination of arguments - got (Tensor, {type}), but '
                        'expected one of:\n'
                        ' * (Tensor other)\n'
                        ' * (Number other)\n',
                     'other': 'eq_() received an invalid combination of arguments - got (other={type}, ), '
                              'but expected one of:\n'
                              ' * (Tensor other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!other={marked}!, )\n'
                              ' * (Number other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!other={marked}!, )\n'},
 ('method', 'equal'): {0: "equal(): argument 'other' (position 1) must be Tensor, not {type}",
                       'other': "equal(): argument 'other' must be Tensor, not {type}"},
 ('method', 'float_power'): {0: 'float_power() received an invalid combination of arguments - got ({type}), '
                                'but expected one of:\n'
                                ' * (Tensor exponent)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!{marked}!)\n'
                                ' * (Number exponent)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!{marked}!)\n',
                             1: 'float_power() received an invalid combination of arguments - got (Tensor, '
                                '{type}), but expected one of:\n'
                                ' * (Tensor exponent)\n'
                                ' * (Number exponent)\n',
                             'exponent': 'float_power() received an invalid combination of arguments - got '
                                         '(exponent={type}, ), but expected one of:\n'
                                         ' * (Tensor exponent)\n'
                                         "      didn't match because some of the arguments have invalid "
                                         'types: (!exponent={marked}!, )\n'
                                         ' * (Number exponent)\n'
                                         "      didn't match because some of the arguments have invalid "
                                         'types: (!exponent={marked}!, )\n'},
 ('method', 'float_power_'): {0: 'float_power_() received an invalid combination of arguments - got '
                                 '({type}), but expected one of:\n'
                                 ' * (Tensor exponent)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!{marked}!)\n'
                                 ' * (Number exponent)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!{marked}!)\n',
                              1: 'float_power_() received an invalid combination of arguments - got (Tensor, '
                                 '{type}), but expected one of:\n'
                                 ' * (Tensor exponent)\n'
                                 ' * (Number exponent)\n',
                              'exponent': 'float_power_() received an invalid combination of arguments - got '
                                          '(exponent={type}, ), but expected one of:\n'
                                          ' * (Tensor exponent)\n'
                                          "      didn't match because some of the arguments have invalid "
                                          'types: (!exponent={marked}!, )\n'
                                          ' * (Number exponent)\n'
                                          "      didn't match because some of the arguments have invalid "
                                          'types: (!exponent={marked}!, )\n'},
 ('method', 'floor_divide'): {0: 'floor_divide() received an invalid combination of arguments - got '
                                 '({type}), but expected one of:\n'
                                 ' * (Tensor other)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!{marked}!)\n'
                                 ' * (Number other)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!{marked}!)\n',
                              1: 'floor_divide() received an invalid combination of arguments - got (Tensor, '
                                 '{type}), but expected one of:\n'
                                 ' * (Tensor other)\n'
                                 ' * (Number other)\n',
                              'other': 'floor_divide() received an invalid combination of arguments - got '
                                       '(other={type}, ), but expected one of:\n'
                                       ' * (Tensor other)\n'
                                       "      didn't match because some of the arguments have invalid types: "
                                       '(!other={marked}!, )\n'
                                       ' * (Number other)\n'
                                       "      didn't match because some of the arguments have invalid types: "
                                       '(!other={marked}!, )\n'},
 ('method', 'floor_divide_'): {0: 'floor_divide_() received an invalid combination of arguments - got '
                                  '({type}), but expected one of:\n'
                                  ' * (Tensor other)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!{marked}!)\n'
                                  ' * (Number other)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!{marked}!)\n',
                               1: 'floor_divide_() received an invalid combination of arguments - got '
                                  '(Tensor, {type}), but expected one of:\n'
                                  ' * (Tensor other)\n'
                                  ' * (Number other)\n',
                               'other': 'floor_divide_() received an invalid combination of arguments - got '
                                        '(other={type}, ), but expected one of:\n'
                                        ' * (Tensor other)\n'
                                        "      didn't match because some of the arguments have invalid "
                                        'types: (!other={marked}!, )\n'
                                        ' * (Number other)\n'
                                        "      didn't match because some of the arguments have invalid "
                                        'types: (!other={marked}!, )\n'},
 ('method', 'fmax'): {0: "fmax(): argument 'other' (position 1) must be Tensor, not {type}",
                      'other': "fmax(): argument 'other' must be Tensor, not {type}"},
 ('method', 'fmin'): {0: "fmin(): argument 'other' (position 1) must be Tensor, not {type}",
                      'other': "fmin(): argument 'other' must be Tensor, not {type}"},
 ('method', 'fmod'): {0: 'fmod() received an invalid combination of arguments - got ({type}), but expected '
                         'one of:\n'
                         ' * (Tensor other)\n'
                         "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                         ' * (Number other)\n'
                         "      didn't match because some of the arguments have invalid types: "
                         '(!{marked}!)\n',
                      1: 'fmod() received an invalid combination of arguments - got (Tensor, {type}), but '
                         'expected one of:\n'
                         ' * (Tensor other)\n'
                         ' * (Number other)\n',
                      'other': 'fmod() received an invalid combination of arguments - got (other={type}, ), '
                               'but expected one of:\n'
                               ' * (Tensor other)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!other={marked}!, )\n'
                               ' * (Number other)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!other={marked}!, )\n'},
 ('method', 'fmod_'): {0: 'fmod_() received an invalid combination of arguments - got ({type}), but expected '
                          'one of:\n'
                          ' * (Tensor other)\n'
                          "      didn't match because some of the arguments have invalid types: "
                          '(!{marked}!)\n'
                          ' * (Number other)\n'
                          "      didn't match because some of the arguments have invalid types: "
                          '(!{marked}!)\n',
                       1: 'fmod_() received an invalid combination of arguments - got (Tensor, {type}), but '
                          'expected one of:\n'
                          ' * (Tensor other)\n'
                          ' * (Number other)\n',
                       'other': 'fmod_() received an invalid combination of arguments - got (other={type}, '
                                '), but expected one of:\n'
                                ' * (Tensor other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!other={marked}!, )\n'
                                ' * (Number other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!other={marked}!, )\n'},
 ('method', 'ge'): {0: 'ge() received an invalid combination of arguments - got ({type}), but expected one '
                       'of:\n'
                       ' * (Tensor other)\n'
                       "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                       ' * (Number other)\n'
                       "      didn't match because some of the arguments have invalid types: (!{marked}!)\n",
                    1: 'ge() received an invalid combination of arguments - got (Tensor, {type}), but '
                       'expected one of:\n'
                       ' * (Tensor other)\n'
                       ' * (Number other)\n',
                    'other': 'ge() received an invalid combination of arguments - got (other={type}, ), but '
                             'expected one of:\n'
                             ' * (Tensor other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!other={marked}!, )\n'
                             ' * (Number other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!other={marked}!, )\n'},
 ('method', 'ge_'): {0: 'ge_() received an invalid combination of arguments - got ({type}), but expected one '
                        'of:\n'
                        ' * (Tensor other)\n'
                        "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                        ' * (Number other)\n'
                        "      didn't match because some of the arguments have invalid types: (!{marked}!)\n",
                     1: 'ge_() received an invalid combination of arguments - got (Tensor, {type}), but '
                        'expected one of:\n'
                        ' * (Tensor other)\n'
                        ' * (Number other)\n',
                     'other': 'ge_() received an invalid combination of arguments - got (other={type}, ), '
                              'but expected one of:\n'
                              ' * (Tensor other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!other={marked}!, )\n'
                              ' * (Number other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!other={marked}!, )\n'},
 ('method', 'greater'): {0: 'greater() received an invalid combination of arguments - got ({type}), but '
                            'expected one of:\n'
                            ' * (Tensor other)\n'
                            "      didn't match because some of the arguments have invalid types: "
                            '(!{marked}!)\n'
                            ' * (Number other)\n'
                            "      didn't match because some of the arguments have invalid types: "
                            '(!{marked}!)\n',
                         1: 'greater() received an invalid combination of arguments - got (Tensor, {type}), '
                            'but expected one of:\n'
                            ' * (Tensor other)\n'
                            ' * (Number other)\n',
                         'other': 'greater() received an invalid combination of arguments - got '
                                  '(other={type}, ), but expected one of:\n'
                                  ' * (Tensor other)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!other={marked}!, )\n'
                                  ' * (Number other)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!other={marked}!, )\n'},
 ('method', 'greater_'): {0: 'greater_() received an invalid combination of arguments - got ({type}), but '
                             'expected one of:\n'
                             ' * (Tensor other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!{marked}!)\n'
                             ' * (Number other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!{marked}!)\n',
                          1: 'greater_() received an invalid combination of arguments - got (Tensor, '
                             '{type}), but expected one of:\n'
                             ' * (Tensor other)\n'
                             ' * (Number other)\n',
                          'other': 'greater_() received an invalid combination of arguments - got '
                                   '(other={type}, ), but expected one of:\n'
                                   ' * (Tensor other)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!other={marked}!, )\n'
                                   ' * (Number other)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!other={marked}!, )\n'},
 ('method', 'greater_equal'): {0: 'greater_equal() received an invalid combination of arguments - got '
                                  '({type}), but expected one of:\n'
                                  ' * (Tensor other)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!{marked}!)\n'
                                  ' * (Number other)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!{marked}!)\n',
                               1: 'greater_equal() received an invalid combination of arguments - got '
                                  '(Tensor, {type}), but expected one of:\n'
                                  ' * (Tensor other)\n'
                                  ' * (Number other)\n',
                               'other': 'greater_equal() received an invalid combination of arguments - got '
                                        '(other={type}, ), but expected one of:\n'
                                        ' * (Tensor other)\n'
                                        "      didn't match because some of the arguments have invalid "
                                        'types: (!other={marked}!, )\n'
                                        ' * (Number other)\n'
                                        "      didn't match because some of the arguments have invalid "
                                        'types: (!other={marked}!, )\n'},
 ('method', 'greater_equal_'): {0: 'greater_equal_() received an invalid combination of arguments - got '
                                   '({type}), but expected one of:\n'
                                   ' * (Tensor other)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!{marked}!)\n'
                                   ' * (Number other)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!{marked}!)\n',
                                1: 'greater_equal_() received an invalid combination of arguments - got '
                                   '(Tensor, {type}), but expected one of:\n'
                                   ' * (Tensor other)\n'
                                   ' * (Number other)\n',
                                'other': 'greater_equal_() received an invalid combination of arguments - '
                                         'got (other={type}, ), but expected one of:\n'
                                         ' * (Tensor other)\n'
                                         "      didn't match because some of the arguments have invalid "
                                         'types: (!other={marked}!, )\n'
                                         ' * (Number other)\n'
                                         "      didn't match because some of the arguments have invalid "
                                         'types: (!other={marked}!, )\n'},
 ('method', 'gt'): {0: 'gt() received an invalid combination of arguments - got ({type}), but expected one '
                       'of:\n'
                       ' * (Tensor other)\n'
                       "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                       ' * (Number other)\n'
                       "      didn't match because some of the arguments have invalid types: (!{marked}!)\n",
                    1: 'gt() received an invalid combination of arguments - got (Tensor, {type}), but '
                       'expected one of:\n'
                       ' * (Tensor other)\n'
                       ' * (Number other)\n',
                    'other': 'gt() received an invalid combination of arguments - got (other={type}, ), but '
                             'expected one of:\n'
                             ' * (Tensor other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!other={marked}!, )\n'
                             ' * (Number other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!other={marked}!, )\n'},
 ('method', 'gt_'): {0: 'gt_() received an invalid combination of arguments - got ({type}), but expected one '
                        'of:\n'
                        ' * (Tensor other)\n'
                        "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                        ' * (Number other)\n'
                        "      didn't match because some of the arguments have invalid types: (!{marked}!)\n",
                     1: 'gt_() received an invalid combination of arguments - got (Tensor, {type}), but '
                        'expected one of:\n'
                        ' * (Tensor other)\n'
                        ' * (Number other)\n',
                     'other': 'gt_() received an invalid combination of arguments - got (other={type}, ), '
                              'but expected one of:\n'
                              ' * (Tensor other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!other={marked}!, )\n'
                              ' * (Number other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!other={marked}!, )\n'},
 ('method', 'heaviside'): {0: "heaviside(): argument 'values' (position 1) must be Tensor, not {type}",
                           'values': "heaviside(): argument 'values' must be Tensor, not {type}"},
 ('method', 'heaviside_'): {0: "heaviside_(): argument 'values' (position 1) must be Tensor, not {type}",
                            'values': "heaviside_(): argument 'values' must be Tensor, not {type}"},
 ('method', 'hypot'): {0: "hypot(): argument 'other' (position 1) must be Tensor, not {type}",
                       'other': "hypot(): argument 'other' must be Tensor, not {type}"},
 ('method', 'hypot_'): {0: "hypot_(): argument 'other' (position 1) must be Tensor, not {type}",
                        'other': "hypot_(): argument 'other' must be Tensor, not {type}"},
 ('method', 'igamma'): {0: "igamma(): argument 'other' (position 1) must be Tensor, not {type}",
                        'other': "igamma(): argument 'other' must be Tensor, not {type}"},
 ('method', 'igammac'): {0: "igammac(): argument 'other' (position 1) must be Tensor, not {type}",
                         'other': "igammac(): argument 'other' must be Tensor, not {type}"},
 ('method', 'is_same_size'): {0: "is_same_size(): argument 'other' (position 1) must be Tensor, not {type}",
                              'other': "is_same_size(): argument 'other' must be Tensor, not {type}"},
 ('method', 'isclose'): {0: "isclose(): argument 'other' (position 1) must be Tensor, not {type}",
                         1: "isclose(): argument 'rtol' (position 2) must be float, not {type}",
                         'atol': "isclose(): argument 'atol' must be float, not {type}",
                         'equal_nan': "isclose(): argument 'equal_nan' must be bool, not {type}",
                         'other': "isclose(): argument 'other' must be Tensor, not {type}",
                         'rtol': "isclose(): argument 'rtol' must be float, not {type}"},
 ('method', 'le'): {0: 'le() received an invalid combination of arguments - got ({type}), but expected one '
                       'of:\n'
                       ' * (Tensor other)\n'
                       "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                       ' * (Number other)\n'
                       "      didn't match because some of the arguments have invalid types: (!{marked}!)\n",
                    1: 'le() received an invalid combination of arguments - got (Tensor, {type}), but '
                       'expected one of:\n'
                       ' * (Tensor other)\n'
                       ' * (Number other)\n',
                    'other': 'le() received an invalid combination of arguments - got (other={type}, ), but '
                             'expected one of:\n'
                             ' * (Tensor other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!other={marked}!, )\n'
                             ' * (Number other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!other={marked}!, )\n'},
 ('method', 'le_'): {0: 'le_() received an invalid combination of arguments - got ({type}), but expected one '
                        'of:\n'
                        ' * (Tensor other)\n'
                        "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                        ' * (Number other)\n'
                        "      didn't match because some of the arguments have invalid types: (!{marked}!)\n",
                     1: 'le_() received an invalid combination of arguments - got (Tensor, {type}), but '
                        'expected one of:\n'
                        ' * (Tensor other)\n'
                        ' * (Number other)\n',
                     'other': 'le_() received an invalid combination of arguments - got (other={type}, ), '
                              'but expected one of:\n'
                              ' * (Tensor other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!other={marked}!, )\n'
                              ' * (Number other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!other={marked}!, )\n'},
 ('method', 'lerp'): {0: 'lerp() received an invalid combination of arguments - got ({type}), but expected '
                         'one of:\n'
                         ' * (Tensor end, Tensor weight)\n'
                         ' * (Tensor end, Number weight)\n',
                      1: 'lerp() received an invalid combination of arguments - got (Tensor, {type}), but '
                         'expected one of:\n'
                         ' * (Tensor end, Tensor weight)\n'
                         "      didn't match because some of the arguments have invalid types: (Tensor, "
                         '!{marked}!)\n'
                         ' * (Tensor end, Number weight)\n'
                         "      didn't match because some of the arguments have invalid types: (Tensor, "
                         '!{marked}!)\n',
                      'end': 'lerp() received an invalid combination of arguments - got (end={type}, ), but '
                             'expected one of:\n'
                             ' * (Tensor end, Tensor weight)\n'
                             ' * (Tensor end, Number weight)\n',
                      'weight': 'lerp() received an invalid combination of arguments - got (Tensor, '
                                'weight={type}), but expected one of:\n'
                                ' * (Tensor end, Tensor weight)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(Tensor, !weight={marked}!)\n'
                                ' * (Tensor end, Number weight)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(Tensor, !weight={marked}!)\n'},
 ('method', 'lerp_'): {0: 'lerp_() received an invalid combination of arguments - got ({type}), but expected '
                          'one of:\n'
                          ' * (Tensor end, Tensor weight)\n'
                          ' * (Tensor end, Number weight)\n',
                       1: 'lerp_() received an invalid combination of arguments - got (Tensor, {type}), but '
                          'expected one of:\n'
                          ' * (Tensor end, Tensor weight)\n'
                          "      didn't match because some of the arguments have invalid types: (Tensor, "
                          '!{marked}!)\n'
                          ' * (Tensor end, Number weight)\n'
                          "      didn't match because some of the arguments have invalid types: (Tensor, "
                          '!{marked}!)\n',
                       'end': 'lerp_() received an invalid combination of arguments - got (end={type}, ), '
                              'but expected one of:\n'
                              ' * (Tensor end, Tensor weight)\n'
                              ' * (Tensor end, Number weight)\n',
                       'weight': 'lerp_() received an invalid combination of arguments - got (weight={type}, '
                                 '), but expected one of:\n'
                                 ' * (Tensor end, Tensor weight)\n'
                                 ' * (Tensor end, Number weight)\n'},
 ('method', 'less'): {0: 'less() received an invalid combination of arguments - got ({type}), but expected '
                         'one of:\n'
                         ' * (Tensor other)\n'
                         "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                         ' * (Number other)\n'
                         "      didn't match because some of the arguments have invalid types: "
                         '(!{marked}!)\n',
                      1: 'less() received an invalid combination of arguments - got (Tensor, {type}), but '
                         'expected one of:\n'
                         ' * (Tensor other)\n'
                         ' * (Number other)\n',
                      'other': 'less() received an invalid combination of arguments - got (other={type}, ), '
                               'but expected one of:\n'
                               ' * (Tensor other)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!other={marked}!, )\n'
                               ' * (Number other)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!other={marked}!, )\n'},
 ('method', 'less_'): {0: 'less_() received an invalid combination of arguments - got ({type}), but expected '
                          'one of:\n'
                          ' * (Tensor other)\n'
                          "      didn't match because some of the arguments have invalid types: "
                          '(!{marked}!)\n'
                          ' * (Number other)\n'
                          "      didn't match because some of the arguments have invalid types: "
                          '(!{marked}!)\n',
                       1: 'less_() received an invalid combination of arguments - got (Tensor, {type}), but '
                          'expected one of:\n'
                          ' * (Tensor other)\n'
                          ' * (Number other)\n',
                       'other': 'less_() received an invalid combination of arguments - got (other={type}, '
                                '), but expected one of:\n'
                                ' * (Tensor other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!other={marked}!, )\n'
                                ' * (Number other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!other={marked}!, )\n'},
 ('method', 'less_equal'): {0: 'less_equal() received an invalid combination of arguments - got ({type}), '
                               'but expected one of:\n'
                               ' * (Tensor other)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!{marked}!)\n'
                               ' * (Number other)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!{marked}!)\n',
                            1: 'less_equal() received an invalid combination of arguments - got (Tensor, '
                               '{type}), but expected one of:\n'
                               ' * (Tensor other)\n'
                               ' * (Number other)\n',
                            'other': 'less_equal() received an invalid combination of arguments - got '
                                     '(other={type}, ), but expected one of:\n'
                                     ' * (Tensor other)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(!other={marked}!, )\n'
                                     ' * (Number other)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(!other={marked}!, )\n'},
 ('method', 'less_equal_'): {0: 'less_equal_() received an invalid combination of arguments - got ({type}), '
                                'but expected one of:\n'
                                ' * (Tensor other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!{marked}!)\n'
                                ' * (Number other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!{marked}!)\n',
                             1: 'less_equal_() received an invalid combination of arguments - got (Tensor, '
                                '{type}), but expected one of:\n'
                                ' * (Tensor other)\n'
                                ' * (Number other)\n',
                             'other': 'less_equal_() received an invalid combination of arguments - got '
                                      '(other={type}, ), but expected one of:\n'
                                      ' * (Tensor other)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!other={marked}!, )\n'
                                      ' * (Number other)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!other={marked}!, )\n'},
 ('method', 'logaddexp'): {0: "logaddexp(): argument 'other' (position 1) must be Tensor, not {type}",
                           'other': "logaddexp(): argument 'other' must be Tensor, not {type}"},
 ('method', 'logaddexp2'): {0: "logaddexp2(): argument 'other' (position 1) must be Tensor, not {type}",
                            'other': "logaddexp2(): argument 'other' must be Tensor, not {type}"},
 ('method', 'logical_and'): {0: "logical_and(): argument 'other' (position 1) must be Tensor, not {type}",
                             'other': "logical_and(): argument 'other' must be Tensor, not {type}"},
 ('method', 'logical_and_'): {0: "logical_and_(): argument 'other' (position 1) must be Tensor, not {type}",
                              'other': "logical_and_(): argument 'other' must be Tensor, not {type}"},
 ('method', 'logical_or'): {0: "logical_or(): argument 'other' (position 1) must be Tensor, not {type}",
                            'other': "logical_or(): argument 'other' must be Tensor, not {type}"},
 ('method', 'logical_or_'): {0: "logical_or_(): argument 'other' (position 1) must be Tensor, not {type}",
                             'other': "logical_or_(): argument 'other' must be Tensor, not {type}"},
 ('method', 'logical_xor'): {0: "logical_xor(): argument 'other' (position 1) must be Tensor, not {type}",
                             'other': "logical_xor(): argument 'other' must be Tensor, not {type}"},
 ('method', 'logical_xor_'): {0: "logical_xor_(): argument 'other' (position 1) must be Tensor, not {type}",
                              'other': "logical_xor_(): argument 'other' must be Tensor, not {type}"},
 ('method', 'logit'): {0: {'list': "logit(): argument 'eps' (position 1) must be float, not {type}",
                           'object': "logit(): argument 'eps' (position 1) must be float, not {type}",
                           'str': "logit(): argument 'eps' (position 1) must be float, not {type}"},
                       'eps': {'list': "logit(): argument 'eps' must be float, not {type}",
                               'object': "logit(): argument 'eps' must be float, not {type}",
                               'str': "logit(): argument 'eps' must be float, not {type}"}},
 ('method', 'logit_'): {0: {'list': "logit_(): argument 'eps' (position 1) must be float, not {type}",
                            'object': "logit_(): argument 'eps' (position 1) must be float, not {type}",
                            'str': "logit_(): argument 'eps' (position 1) must be float, not {type}"},
                        'eps': {'list': "logit_(): argument 'eps' must be float, not {type}",
                                'object': "logit_(): argument 'eps' must be float, not {type}",
                                'str': "logit_(): argument 'eps' must be float, not {type}"}},
 ('method', 'lt'): {0: 'lt() received an invalid combination of arguments - got ({type}), but expected one '
                       'of:\n'
                       ' * (Tensor other)\n'
                       "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                       ' * (Number other)\n'
                       "      didn't match because some of the arguments have invalid types: (!{marked}!)\n",
                    1: 'lt() received an invalid combination of arguments - got (Tensor, {type}), but '
                       'expected one of:\n'
                       ' * (Tensor other)\n'
                       ' * (Number other)\n',
                    'other': 'lt() received an invalid combination of arguments - got (other={type}, ), but '
                             'expected one of:\n'
                             ' * (Tensor other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!other={marked}!, )\n'
                             ' * (Number other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!other={marked}!, )\n'},
 ('method', 'lt_'): {0: 'lt_() received an invalid combination of arguments - got ({type}), but expected one '
                        'of:\n'
                        ' * (Tensor other)\n'
                        "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                        ' * (Number other)\n'
                        "      didn't match because some of the arguments have invalid types: (!{marked}!)\n",
                     1: 'lt_() received an invalid combination of arguments - got (Tensor, {type}), but '
                        'expected one of:\n'
                        ' * (Tensor other)\n'
                        ' * (Number other)\n',
                     'other': 'lt_() received an invalid combination of arguments - got (other={type}, ), '
                              'but expected one of:\n'
                              ' * (Tensor other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!other={marked}!, )\n'
                              ' * (Number other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!other={marked}!, )\n'},
 ('method', 'map_'): {0: "map_(): argument 'other' (position 1) must be Tensor, not {type}"},
 ('method', 'masked_fill'): {0: 'masked_fill() received an invalid combination of arguments - got ({type}), '
                                'but expected one of:\n'
                                ' * (Tensor mask, Tensor value)\n'
                                ' * (Tensor mask, Number value)\n',
                             1: 'masked_fill() received an invalid combination of arguments - got (Tensor, '
                                '{type}), but expected one of:\n'
                                ' * (Tensor mask, Tensor value)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(Tensor, !{marked}!)\n'
                                ' * (Tensor mask, Number value)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(Tensor, !{marked}!)\n',
                             'mask': 'masked_fill() received an invalid combination of arguments - got '
                                     '(mask={type}, ), but expected one of:\n'
                                     ' * (Tensor mask, Tensor value)\n'
                                     ' * (Tensor mask, Number value)\n',
                             'value': 'masked_fill() received an invalid combination of arguments - got '
                                      '(Tensor, value={type}), but expected one of:\n'
                                      ' * (Tensor mask, Tensor value)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(Tensor, !value={marked}!)\n'
                                      ' * (Tensor mask, Number value)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(Tensor, !value={marked}!)\n'},
 ('method', 'masked_fill_'): {0: 'masked_fill_() received an invalid combination of arguments - got '
                                 '({type}), but expected one of:\n'
                                 ' * (Tensor mask, Tensor value)\n'
                                 ' * (Tensor mask, Number value)\n',
                              1: 'masked_fill_() received an invalid combination of arguments - got (Tensor, '
                                 '{type}), but expected one of:\n'
                                 ' * (Tensor mask, Tensor value)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(Tensor, !{marked}!)\n'
                                 ' * (Tensor mask, Number value)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(Tensor, !{marked}!)\n',
                              'mask': 'masked_fill_() received an invalid combination of arguments - got '
                                      '(mask={type}, ), but expected one of:\n'
                                      ' * (Tensor mask, Tensor value)\n'
                                      ' * (Tensor mask, Number value)\n',
                              'value': 'masked_fill_() received an invalid combination of arguments - got '
                                       '(value={type}, ), but expected one of:\n'
                                       ' * (Tensor mask, Tensor value)\n'
                                       ' * (Tensor mask, Number value)\n'},
 ('method', 'maximum'): {0: "maximum(): argument 'other' (position 1) must be Tensor, not {type}",
                         'other': "maximum(): argument 'other' must be Tensor, not {type}"},
 ('method', 'minimum'): {0: "minimum(): argument 'other' (position 1) must be Tensor, not {type}",
                         'other': "minimum(): argument 'other' must be Tensor, not {type}"},
 ('method', 'mul'): {0: "mul(): argument 'other' (position 1) must be Tensor, not {type}",
                     'other': "mul(): argument 'other' must be Tensor, not {type}"},
 ('method', 'mul_'): {0: "mul_(): argument 'other' (position 1) must be Tensor, not {type}",
                      'other': "mul_(): argument 'other' must be Tensor, not {type}"},
 ('method', 'multiply'): {0: 'multiply() received an invalid combination of arguments - got ({type}), but '
                             'expected one of:\n'
                             ' * (Tensor other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!{marked}!)\n'
                             ' * (Number other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!{marked}!)\n',
                          1: 'multiply() received an invalid combination of arguments - got (Tensor, '
                             '{type}), but expected one of:\n'
                             ' * (Tensor other)\n'
                             ' * (Number other)\n',
                          'other': 'multiply() received an invalid combination of arguments - got '
                                   '(other={type}, ), but expected one of:\n'
                                   ' * (Tensor other)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!other={marked}!, )\n'
                                   ' * (Number other)\n'
                                   "      didn't match because some of the arguments have invalid types: "
                                   '(!other={marked}!, )\n'},
 ('method', 'multiply_'): {0: 'multiply_() received an invalid combination of arguments - got ({type}), but '
                              'expected one of:\n'
                              ' * (Tensor other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!{marked}!)\n'
                              ' * (Number other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!{marked}!)\n',
                           1: 'multiply_() received an invalid combination of arguments - got (Tensor, '
                              '{type}), but expected one of:\n'
                              ' * (Tensor other)\n'
                              ' * (Number other)\n',
                           'other': 'multiply_() received an invalid combination of arguments - got '
                                    '(other={type}, ), but expected one of:\n'
                                    ' * (Tensor other)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!other={marked}!, )\n'
                                    ' * (Number other)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!other={marked}!, )\n'},
 ('method', 'mvlgamma'): {0: "mvlgamma(): argument 'p' (position 1) must be int, not {type}",
                          'p': "mvlgamma(): argument 'p' must be int, not {type}"},
 ('method', 'mvlgamma_'): {0: "mvlgamma_(): argument 'p' (position 1) must be int, not {type}",
                           'p': "mvlgamma_(): argument 'p' must be int, not {type}"},
 ('method', 'nan_to_num'): {0: {'list': "nan_to_num(): argument 'nan' (position 1) must be float, not {type}",
                                'object': "nan_to_num(): argument 'nan' (position 1) must be float, not "
                                          '{type}',
                                'str': "nan_to_num(): argument 'nan' (position 1) must be float, not {type}"},
                            'nan': {'list': "nan_to_num(): argument 'nan' must be float, not {type}",
                                    'object': "nan_to_num(): argument 'nan' must be float, not {type}",
                                    'str': "nan_to_num(): argument 'nan' must be float, not {type}"},
                            'neginf': {'list': "nan_to_num(): argument 'neginf' must be float, not {type}",
                                       'object': "nan_to_num(): argument 'neginf' must be float, not {type}",
                                       'str': "nan_to_num(): argument 'neginf' must be float, not {type}"},
                            'posinf': {'list': "nan_to_num(): argument 'posinf' must be float, not {type}",
                                       'object': "nan_to_num(): argument 'posinf' must be float, not {type}",
                                       'str': "nan_to_num(): argument 'posinf' must be float, not {type}"}},
 ('method', 'nan_to_num_'): {0: {'list': "nan_to_num_(): argument 'nan' (position 1) must be float, not "
                                         '{type}',
                                 'object': "nan_to_num_(): argument 'nan' (position 1) must be float, not "
                                           '{type}',
                                 'str': "nan_to_num_(): argument 'nan' (position 1) must be float, not "
                                        '{type}'},
                             'nan': {'list': "nan_to_num_(): argument 'nan' must be float, not {type}",
                                     'object': "nan_to_num_(): argument 'nan' must be float, not {type}",
                                     'str': "nan_to_num_(): argument 'nan' must be float, not {type}"},
                             'neginf': {'list': "nan_to_num_(): argument 'neginf' must be float, not {type}",
                                        'object': "nan_to_num_(): argument 'neginf' must be float, not "
                                                  '{type}',
                                        'str': "nan_to_num_(): argument 'neginf' must be float, not {type}"},
                             'posinf': {'list': "nan_to_num_(): argument 'posinf' must be float, not {type}",
                                        'object': "nan_to_num_(): argument 'posinf' must be float, not "
                                                  '{type}',
                                        'str': "nan_to_num_(): argument 'posinf' must be float, not {type}"}},
 ('method', 'ne'): {0: 'ne() received an invalid combination of arguments - got ({type}), but expected one '
                       'of:\n'
                       ' * (Tensor other)\n'
                       "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                       ' * (Number other)\n'
                       "      didn't match because some of the arguments have invalid types: (!{marked}!)\n",
                    1: 'ne() received an invalid combination of arguments - got (Tensor, {type}), but '
                       'expected one of:\n'
                       ' * (Tensor other)\n'
                       ' * (Number other)\n',
                    'other': 'ne() received an invalid combination of arguments - got (other={type}, ), but '
                             'expected one of:\n'
                             ' * (Tensor other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!other={marked}!, )\n'
                             ' * (Number other)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!other={marked}!, )\n'},
 ('method', 'ne_'): {0: 'ne_() received an invalid combination of arguments - got ({type}), but expected one '
                        'of:\n'
                        ' * (Tensor other)\n'
                        "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                        ' * (Number other)\n'
                        "      didn't match because some of the arguments have invalid types: (!{marked}!)\n",
                     1: 'ne_() received an invalid combination of arguments - got (Tensor, {type}), but '
                        'expected one of:\n'
                        ' * (Tensor other)\n'
                        ' * (Number other)\n',
                     'other': 'ne_() received an invalid combination of arguments - got (other={type}, ), '
                              'but expected one of:\n'
                              ' * (Tensor other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!other={marked}!, )\n'
                              ' * (Number other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!other={marked}!, )\n'},
 ('method', 'nonzero'): {1: 'nonzero() received an invalid combination of arguments - got (Tensor, {type}), '
                            'but expected one of:\n'
                            ' * ()\n'
                            ' * (*, bool as_tuple)\n'
                            "      didn't match because some of the arguments have invalid types: (!Tensor!, "
                            '!{marked}!)\n'},
 ('method', 'not_equal'): {0: 'not_equal() received an invalid combination of arguments - got ({type}), but '
                              'expected one of:\n'
                              ' * (Tensor other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!{marked}!)\n'
                              ' * (Number other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!{marked}!)\n',
                           1: 'not_equal() received an invalid combination of arguments - got (Tensor, '
                              '{type}), but expected one of:\n'
                              ' * (Tensor other)\n'
                              ' * (Number other)\n',
                           'other': 'not_equal() received an invalid combination of arguments - got '
                                    '(other={type}, ), but expected one of:\n'
                                    ' * (Tensor other)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!other={marked}!, )\n'
                                    ' * (Number other)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!other={marked}!, )\n'},
 ('method', 'not_equal_'): {0: 'not_equal_() received an invalid combination of arguments - got ({type}), '
                               'but expected one of:\n'
                               ' * (Tensor other)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!{marked}!)\n'
                               ' * (Number other)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!{marked}!)\n',
                            1: 'not_equal_() received an invalid combination of arguments - got (Tensor, '
                               '{type}), but expected one of:\n'
                               ' * (Tensor other)\n'
                               ' * (Number other)\n',
                            'other': 'not_equal_() received an invalid combination of arguments - got '
                                     '(other={type}, ), but expected one of:\n'
                                     ' * (Tensor other)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(!other={marked}!, )\n'
                                     ' * (Number other)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(!other={marked}!, )\n'},
 ('method', 'polygamma'): {0: "polygamma(): argument 'n' (position 1) must be int, not {type}",
                           'n': "polygamma(): argument 'n' must be int, not {type}"},
 ('method', 'polygamma_'): {0: "polygamma_(): argument 'n' (position 1) must be int, not {type}",
                            'n': "polygamma_(): argument 'n' must be int, not {type}"},
 ('method', 'pow'): {0: 'pow() received an invalid combination of arguments - got ({type}), but expected one '
                        'of:\n'
                        ' * (Tensor exponent)\n'
                        "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                        ' * (Number exponent)\n'
                        "      didn't match because some of the arguments have invalid types: (!{marked}!)\n",
                     1: 'pow() received an invalid combination of arguments - got (Tensor, {type}), but '
                        'expected one of:\n'
                        ' * (Tensor exponent)\n'
                        ' * (Number exponent)\n',
                     'exponent': 'pow() received an invalid combination of arguments - got (exponent={type}, '
                                 '), but expected one of:\n'
                                 ' * (Tensor exponent)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!exponent={marked}!, )\n'
                                 ' * (Number exponent)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!exponent={marked}!, )\n'},
 ('method', 'pow_'): {0: 'pow_() received an invalid combination of arguments - got ({type}), but expected '
                         'one of:\n'
                         ' * (Tensor exponent)\n'
                         "      didn't match because some of the arguments have invalid types: (!{marked}!)\n"
                         ' * (Number exponent)\n'
                         "      didn't match because some of the arguments have invalid types: "
                         '(!{marked}!)\n',
                      1: 'pow_() received an invalid combination of arguments - got (Tensor, {type}), but '
                         'expected one of:\n'
                         ' * (Tensor exponent)\n'
                         ' * (Number exponent)\n',
                      'exponent': 'pow_() received an invalid combination of arguments - got '
                                  '(exponent={type}, ), but expected one of:\n'
                                  ' * (Tensor exponent)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!exponent={marked}!, )\n'
                                  ' * (Number exponent)\n'
                                  "      didn't match because some of the arguments have invalid types: "
                                  '(!exponent={marked}!, )\n'},
 ('method', 'remainder'): {0: 'remainder() received an invalid combination of arguments - got ({type}), but '
                              'expected one of:\n'
                              ' * (Tensor other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!{marked}!)\n'
                              ' * (Number other)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!{marked}!)\n',
                           1: 'remainder() received an invalid combination of arguments - got (Tensor, '
                              '{type}), but expected one of:\n'
                              ' * (Tensor other)\n'
                              ' * (Number other)\n',
                           'other': 'remainder() received an invalid combination of arguments - got '
                                    '(other={type}, ), but expected one of:\n'
                                    ' * (Tensor other)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!other={marked}!, )\n'
                                    ' * (Number other)\n'
                                    "      didn't match because some of the arguments have invalid types: "
                                    '(!other={marked}!, )\n'},
 ('method', 'remainder_'): {0: 'remainder_() received an invalid combination of arguments - got ({type}), '
                               'but expected one of:\n'
                               ' * (Tensor other)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!{marked}!)\n'
                               ' * (Number other)\n'
                               "      didn't match because some of the arguments have invalid types: "
                               '(!{marked}!)\n',
                            1: 'remainder_() received an invalid combination of arguments - got (Tensor, '
                               '{type}), but expected one of:\n'
                               ' * (Tensor other)\n'
                               ' * (Number other)\n',
                            'other': 'remainder_() received an invalid combination of arguments - got '
                                     '(other={type}, ), but expected one of:\n'
                                     ' * (Tensor other)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(!other={marked}!, )\n'
                                     ' * (Number other)\n'
                                     "      didn't match because some of the arguments have invalid types: "
                                     '(!other={marked}!, )\n'},
 ('method', 'round'): {1: 'round() received an invalid combination of arguments - got (Tensor, {type}), but '
                          'expected one of:\n'
                          ' * ()\n'
                          ' * (*, int decimals)\n'
                          "      didn't match because some of the arguments have invalid types: (!Tensor!, "
                          '!{marked}!)\n',
                       'decimals': "round(): argument 'decimals' must be int, not {type}"},
 ('method', 'round_'): {1: 'round_() received an invalid combination of arguments - got (Tensor, {type}), '
                           'but expected one of:\n'
                           ' * ()\n'
                           ' * (*, int decimals)\n'
                           "      didn't match because some of the arguments have invalid types: (!Tensor!, "
                           '!{marked}!)\n',
                        'decimals': "round_(): argument 'decimals' must be int, not {type}"},
 ('method', 'sub'): {0: "sub(): argument 'other' (position 1) must be Tensor, not {type}",
                     'alpha': "sub(): argument 'alpha' must be Number, not {type}",
                     'other': "sub(): argument 'other' must be Tensor, not {type}"},
 ('method', 'sub_'): {0: "sub_(): argument 'other' (position 1) must be Tensor, not {type}",
                      'other': "sub_(): argument 'other' must be Tensor, not {type}"},
 ('method', 'subtract'): {0: 'subtract() received an invalid combination of arguments - got ({type}), but '
                             'expected one of:\n'
                             ' * (Tensor other, *, Number alpha = 1)\n'
                             ' * (Number other, Number alpha = 1)\n',
                          1: 'subtract() received an invalid combination of arguments - got (Tensor, '
                             '{type}), but expected one of:\n'
                             ' * (Tensor other, *, Number alpha = 1)\n'
                             ' * (Number other, Number alpha = 1)\n'
                             "      didn't match because some of the arguments have invalid types: "
                             '(!Tensor!, !{marked}!)\n',
                          'alpha': 'subtract() received an invalid combination of arguments - got (Tensor, '
                                   'alpha={type}), but expected one of:\n'
                                   ' * (Tensor other, *, Number alpha = 1)\n'
                                   ' * (Number other, Number alpha = 1)\n'
                                   "      didn't match because some of the keywords were incorrect: alpha\n",
                          'other': 'subtract() received an invalid combination of arguments - got '
                                   '(other={type}, ), but expected one of:\n'
                                   ' * (Tensor other, *, Number alpha = 1)\n'
                                   ' * (Number other, Number alpha = 1)\n'},
 ('method', 'subtract_'): {0: 'subtract_() received an invalid combination of arguments - got ({type}), but '
                              'expected one of:\n'
                              ' * (Tensor other, *, Number alpha = 1)\n'
                              ' * (Number other, Number alpha = 1)\n',
                           1: 'subtract_() received an invalid combination of arguments - got (Tensor, '
                              '{type}), but expected one of:\n'
                              ' * (Tensor other, *, Number alpha = 1)\n'
                              ' * (Number other, Number alpha = 1)\n'
                              "      didn't match because some of the arguments have invalid types: "
                              '(!Tensor!, !{marked}!)\n',
                           'alpha': 'subtract_() received an invalid combination of arguments - got '
                                    '(alpha={type}, ), but expected one of:\n'
                                    ' * (Tensor other, *, Number alpha = 1)\n'
                                    ' * (Number other, Number alpha = 1)\n',
                           'other': 'subtract_() received an invalid combination of arguments - got '
                                    '(other={type}, ), but expected one of:\n'
                                    ' * (Tensor other, *, Number alpha = 1)\n'
                                    ' * (Number other, Number alpha = 1)\n'},
 ('method', 'true_divide'): {0: 'true_divide() received an invalid combination of arguments - got ({type}), '
                                'but expected one of:\n'
                                ' * (Tensor other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!{marked}!)\n'
                                ' * (Number other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!{marked}!)\n',
                             1: 'true_divide() received an invalid combination of arguments - got (Tensor, '
                                '{type}), but expected one of:\n'
                                ' * (Tensor other)\n'
                                ' * (Number other)\n',
                             'other': 'true_divide() received an invalid combination of arguments - got '
                                      '(other={type}, ), but expected one of:\n'
                                      ' * (Tensor other)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!other={marked}!, )\n'
                                      ' * (Number other)\n'
                                      "      didn't match because some of the arguments have invalid types: "
                                      '(!other={marked}!, )\n'},
 ('method', 'true_divide_'): {0: 'true_divide_() received an invalid combination of arguments - got '
                                 '({type}), but expected one of:\n'
                                 ' * (Tensor other)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!{marked}!)\n'
                                 ' * (Number other)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!{marked}!)\n',
                              1: 'true_divide_() received an invalid combination of arguments - got (Tensor, '
                                 '{type}), but expected one of:\n'
                                 ' * (Tensor other)\n'
                                 ' * (Number other)\n',
                              'other': 'true_divide_() received an invalid combination of arguments - got '
                                       '(other={type}, ), but expected one of:\n'
                                       ' * (Tensor other)\n'
                                       "      didn't match because some of the arguments have invalid types: "
                                       '(!other={marked}!, )\n'
                                       ' * (Number other)\n'
                                       "      didn't match because some of the arguments have invalid types: "
                                       '(!other={marked}!, )\n'},
 ('method', 'where'): {0: 'where() received an invalid combination of arguments - got ({type}), but expected '
                          'one of:\n'
                          ' * (Tensor condition, Tensor other)\n'
                          ' * (Tensor condition, Number other)\n',
                       1: 'where() received an invalid combination of arguments - got (Tensor, {type}), but '
                          'expected one of:\n'
                          ' * (Tensor condition, Tensor other)\n'
                          "      didn't match because some of the arguments have invalid types: (Tensor, "
                          '!{marked}!)\n'
                          ' * (Tensor condition, Number other)\n'
                          "      didn't match because some of the arguments have invalid types: (Tensor, "
                          '!{marked}!)\n',
                       'condition': 'where() received an invalid combination of arguments - got '
                                    '(condition={type}, ), but expected one of:\n'
                                    ' * (Tensor condition, Tensor other)\n'
                                    ' * (Tensor condition, Number other)\n',
                       'other': 'where() received an invalid combination of arguments - got (Tensor, '
                                'other={type}), but expected one of:\n'
                                ' * (Tensor condition, Tensor other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(Tensor, !other={marked}!)\n'
                                ' * (Tensor condition, Number other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(Tensor, !other={marked}!)\n'},
 ('method', 'xlogy'): {0: 'xlogy() received an invalid combination of arguments - got ({type}), but expected '
                          'one of:\n'
                          ' * (Tensor other)\n'
                          "      didn't match because some of the arguments have invalid types: "
                          '(!{marked}!)\n'
                          ' * (Number other)\n'
                          "      didn't match because some of the arguments have invalid types: "
                          '(!{marked}!)\n',
                       1: 'xlogy() received an invalid combination of arguments - got (Tensor, {type}), but '
                          'expected one of:\n'
                          ' * (Tensor other)\n'
                          ' * (Number other)\n',
                       'other': 'xlogy() received an invalid combination of arguments - got (other={type}, '
                                '), but expected one of:\n'
                                ' * (Tensor other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!other={marked}!, )\n'
                                ' * (Number other)\n'
                                "      didn't match because some of the arguments have invalid types: "
                                '(!other={marked}!, )\n'},
 ('method', 'xlogy_'): {0: 'xlogy_() received an invalid combination of arguments - got ({type}), but '
                           'expected one of:\n'
                           ' * (Tensor other)\n'
                           "      didn't match because some of the arguments have invalid types: "
                           '(!{marked}!)\n'
                           ' * (Number other)\n'
                           "      didn't match because some of the arguments have invalid types: "
                           '(!{marked}!)\n',
                        1: 'xlogy_() received an invalid combination of arguments - got (Tensor, {type}), '
                           'but expected one of:\n'
                           ' * (Tensor other)\n'
                           ' * (Number other)\n',
                        'other': 'xlogy_() received an invalid combination of arguments - got (other={type}, '
                                 '), but expected one of:\n'
                                 ' * (Tensor other)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!other={marked}!, )\n'
                                 ' * (Number other)\n'
                                 "      didn't match because some of the arguments have invalid types: "
                                 '(!other={marked}!, )\n'}}
