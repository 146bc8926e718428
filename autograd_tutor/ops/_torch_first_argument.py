"""How PyTorch 2.13 refuses a first argument that is not a tensor, per torch function
(recorded by scripts/record_torch_first_argument.py; do not edit by hand).
DIM_EXPECTED[name]: what its message for a ``dim`` of the wrong type (torch.sum(x, "a"),
x.sum("a")) expects, for the function and the method. KEEPDIM[(kind, name)]: its message
for a keepdim that is not a bool, given by position (after dim) and by keyword.
SPECIAL: the RULES of the torch.special functions."""
RULES = {'abs': ('tensor', 'abs', 'input'),
 'abs_': ('tensor', 'abs_', 'input'),
 'absolute': ('tensor', 'absolute', 'input'),
 'acos': ('tensor', 'acos', 'input'),
 'acos_': ('tensor', 'acos_', 'input'),
 'acosh': ('tensor', 'acosh', 'input'),
 'acosh_': ('tensor', 'acosh_', 'input'),
 'adaptive_avg_pool1d': ('tensor', 'adaptive_avg_pool1d', 'input'),
 'adaptive_max_pool1d': ('tensor', 'adaptive_max_pool1d', 'input'),
 'add': ('overloaded', 'add', '(Tensor input, Tensor other, *, Number alpha = 1, Tensor out = None)', False),
 'addbmm': ('overloaded', 'addbmm',
            '(Tensor input, Tensor batch1, Tensor batch2, *, Number beta = 1, Number alpha = 1, Tensor out = '
            'None)',
            True),
 'addcdiv': ('overloaded', 'addcdiv',
             '(Tensor input, Tensor tensor1, Tensor tensor2, *, Number value = 1, Tensor out = None)', True),
 'addcmul': ('overloaded', 'addcmul',
             '(Tensor input, Tensor tensor1, Tensor tensor2, *, Number value = 1, Tensor out = None)', True),
 'addmm': ('overloaded', 'addmm',
           'one of:\n'
           ' * (Tensor input, Tensor mat1, Tensor mat2, *, Number beta = 1, Number alpha = 1, Tensor out = '
           'None)\n'
           ' * (Tensor input, Tensor mat1, Tensor mat2, torch.dtype out_dtype, *, Number beta = 1, Number '
           'alpha = 1, Tensor out = None)\n',
           True),
 'addmv': ('overloaded', 'addmv',
           '(Tensor input, Tensor mat, Tensor vec, *, Number beta = 1, Number alpha = 1, Tensor out = None)',
           True),
 'addmv_': ('overloaded', 'addmv_',
            '(Tensor input, Tensor mat, Tensor vec, *, Number beta = 1, Number alpha = 1)', True),
 'addr': ('overloaded', 'addr',
          '(Tensor input, Tensor vec1, Tensor vec2, *, Number beta = 1, Number alpha = 1, Tensor out = None)',
          True),
 'all': ('overloaded', 'all',
         'one of:\n'
         ' * (Tensor input, *, Tensor out = None)\n'
         ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, Tensor out = None)\n'
         ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = None)\n',
         True),
 'allclose': ('tensor', 'allclose', 'input'),
 'amax': ('tensor', 'amax', 'input'),
 'amin': ('tensor', 'amin', 'input'),
 'aminmax': ('tensor', 'aminmax', 'input'),
 'any': ('overloaded', 'any',
         'one of:\n'
         ' * (Tensor input, *, Tensor out = None)\n'
         ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, Tensor out = None)\n'
         ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = None)\n',
         True),
 'arccos': ('tensor', 'arccos', 'input'),
 'arccos_': ('tensor', 'arccos_', 'input'),
 'arccosh': ('tensor', 'arccosh', 'input'),
 'arccosh_': ('tensor', 'arccosh_', 'input'),
 'arcsin': ('tensor', 'arcsin', 'input'),
 'arcsin_': ('tensor', 'arcsin_', 'input'),
 'arcsinh': ('tensor', 'arcsinh', 'input'),
 'arcsinh_': ('tensor', 'arcsinh_', 'input'),
 'arctan': ('tensor', 'arctan', 'input'),
 'arctan2': ('tensor', 'arctan2', 'input'),
 'arctan_': ('tensor', 'arctan_', 'input'),
 'arctanh': ('tensor', 'arctanh', 'input'),
 'arctanh_': ('tensor', 'arctanh_', 'input'),
 'argmax': ('tensor', 'argmax', 'input'),
 'argmin': ('tensor', 'argmin', 'input'),
 'argsort': ('tensor', 'argsort', 'input'),
 'argwhere': ('tensor', 'argwhere', 'input'),
 'asin': ('tensor', 'asin', 'input'),
 'asin_': ('tensor', 'asin_', 'input'),
 'asinh': ('tensor', 'asinh', 'input'),
 'asinh_': ('tensor', 'asinh_', 'input'),
 'atan': ('tensor', 'atan', 'input'),
 'atan2': ('tensor', 'atan2', 'input'),
 'atan_': ('tensor', 'atan_', 'input'),
 'atanh': ('tensor', 'atanh', 'input'),
 'atanh_': ('tensor', 'atanh_', 'input'),
 'baddbmm': ('overloaded', 'baddbmm',
             'one of:\n'
             ' * (Tensor input, Tensor batch1, Tensor batch2, *, Number beta = 1, Number alpha = 1, Tensor '
             'out = None)\n'
             ' * (Tensor input, Tensor batch1, Tensor batch2, torch.dtype out_dtype, *, Number beta = 1, '
             'Number alpha = 1, Tensor out = None)\n',
             True),
 'batch_norm': ('tensor', 'batch_norm', 'input'),
 'bernoulli': ('tensor', 'bernoulli', 'input'),
 'binary_cross_entropy_with_logits': ('tensor', 'binary_cross_entropy_with_logits', 'input'),
 'bincount': ('tensor', 'bincount', 'input'),
 'bitwise_not': ('tensor', 'bitwise_not', 'input'),
 'bmm': ('overloaded', 'bmm',
         'one of:\n'
         ' * (Tensor input, Tensor mat2, *, Tensor out = None)\n'
         ' * (Tensor input, Tensor mat2, torch.dtype out_dtype, *, Tensor out = None)\n',
         True),
 'broadcast_to': ('tensor', 'broadcast_to', 'input'),
 'ceil': ('tensor', 'ceil', 'input'),
 'ceil_': ('tensor', 'ceil_', 'input'),
 'celu': ('tensor', 'celu', 'input'),
 'celu_': ('tensor', 'celu_', 'input'),
 'cholesky': ('tensor', 'cholesky', 'input'),
 'cholesky_inverse': ('tensor', 'cholesky_inverse', 'input'),
 'chunk': ('tensor', 'chunk', 'input'),
 'clamp': ('overloaded', 'clamp',
           'one of:\n'
           ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out = None)\n'
           ' * (Tensor input, Number min = None, Number max = None, *, Tensor out = None)\n',
           True),
 'clamp_': ('overloaded', 'clamp_',
            'one of:\n'
            ' * (Tensor input, Tensor min = None, Tensor max = None)\n'
            ' * (Tensor input, Number min = None, Number max = None)\n',
            True),
 'clamp_max': ('overloaded', 'clamp_max',
               'one of:\n'
               ' * (Tensor input, Tensor max, *, Tensor out = None)\n'
               ' * (Tensor input, Number max, *, Tensor out = None)\n',
               True),
 'clamp_max_': ('overloaded', 'clamp_max_',
                'one of:\n * (Tensor input, Tensor max)\n * (Tensor input, Number max)\n', True),
 'clamp_min': ('overloaded', 'clamp_min',
               'one of:\n'
               ' * (Tensor input, Tensor min, *, Tensor out = None)\n'
               ' * (Tensor input, Number min, *, Tensor out = None)\n',
               True),
 'clamp_min_': ('overloaded', 'clamp_min_',
                'one of:\n * (Tensor input, Tensor min)\n * (Tensor input, Number min)\n', True),
 'clip': ('overloaded', 'clip',
          'one of:\n'
          ' * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out = None)\n'
          ' * (Tensor input, Number min = None, Number max = None, *, Tensor out = None)\n',
          True),
 'clip_': ('overloaded', 'clip_',
           'one of:\n'
           ' * (Tensor input, Tensor min = None, Tensor max = None)\n'
           ' * (Tensor input, Number min = None, Number max = None)\n',
           True),
 'clone': ('tensor', 'clone', 'input'),
 'conj': ('tensor', 'conj', 'input'),
 'conj_physical': ('tensor', 'conj_physical', 'input'),
 'constant_pad_nd': ('tensor', 'constant_pad_nd', 'input'),
 'conv1d': ('overloaded', 'conv1d',
            'one of:\n'
            ' * (Tensor input, Tensor weight, Tensor bias = None, tuple of ints stride = 1, tuple of ints '
            'padding = 0, tuple of ints dilation = 1, int groups = 1)\n'
            ' * (Tensor input, Tensor weight, Tensor bias = None, tuple of ints stride = 1, str padding = '
            '"valid", tuple of ints dilation = 1, int groups = 1)\n',
            True),
 'conv2d': ('overloaded', 'conv2d',
            'one of:\n'
            ' * (Tensor input, Tensor weight, Tensor bias = None, tuple of ints stride = 1, tuple of ints '
            'padding = 0, tuple of ints dilation = 1, int groups = 1)\n'
            ' * (Tensor input, Tensor weight, Tensor bias = None, tuple of ints stride = 1, str padding = '
            '"valid", tuple of ints dilation = 1, int groups = 1)\n',
            True),
 'copysign': ('overloaded', 'copysign',
              'one of:\n'
              ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
              ' * (Tensor input, Number other, *, Tensor out = None)\n',
              True),
 'cos': ('tensor', 'cos', 'input'),
 'cos_': ('tensor', 'cos_', 'input'),
 'cosh': ('tensor', 'cosh', 'input'),
 'cosh_': ('tensor', 'cosh_', 'input'),
 'cosine_similarity': ('tensor', 'cosine_similarity', 'x1'),
 'count_nonzero': ('tensor', 'count_nonzero', 'input'),
 'cov': ('tensor', 'cov', 'input'),
 'cross': ('tensor', 'cross', 'input'),
 'cummax': ('tensor', 'cummax', 'input'),
 'cummin': ('tensor', 'cummin', 'input'),
 'cumprod': ('tensor', 'cumprod', 'input'),
 'cumsum': ('tensor', 'cumsum', 'input'),
 'deg2rad': ('tensor', 'deg2rad', 'input'),
 'deg2rad_': ('tensor', 'deg2rad_', 'input'),
 'det': ('tensor', 'det', 'input'),
 'detach_': ('tensor', 'detach_', 'input'),
 'diag': ('tensor', 'diag', 'input'),
 'diag_embed': ('tensor', 'diag_embed', 'input'),
 'diagflat': ('tensor', 'diagflat', 'input'),
 'diagonal': ('tensor', 'diagonal', 'input'),
 'diff': ('tensor', 'diff', 'input'),
 'digamma': ('tensor', 'digamma', 'input'),
 'dist': ('tensor', 'dist', 'input'),
 'div': ('overloaded', 'div',
         'one of:\n'
         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
         ' * (Tensor input, Tensor other, *, str rounding_mode, Tensor out = None)\n'
         ' * (Tensor input, Number other, *, str rounding_mode)\n',
         False),
 'divide': ('overloaded', 'divide',
            'one of:\n'
            ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
            ' * (Tensor input, Tensor other, *, str rounding_mode, Tensor out = None)\n'
            ' * (Tensor input, Number other)\n'
            ' * (Tensor input, Number other, *, str rounding_mode)\n',
            False),
 'dot': ('tensor', 'dot', 'input'),
 'dropout': ('tensor', 'dropout', 'input'),
 'dsplit': ('overloaded', 'dsplit',
            'one of:\n * (Tensor input, int sections)\n * (Tensor input, tuple of ints indices)\n', True),
 'embedding': ('tensor', 'embedding', 'weight'),
 'empty_like': ('tensor', 'empty_like', 'input'),
 'eq': ('overloaded', 'eq',
        'one of:\n'
        ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
        ' * (Tensor input, Number other, *, Tensor out = None)\n',
        True),
 'equal': ('tensor', 'equal', 'input'),
 'erf': ('tensor', 'erf', 'input'),
 'erf_': ('tensor', 'erf_', 'input'),
 'erfc': ('tensor', 'erfc', 'input'),
 'erfc_': ('tensor', 'erfc_', 'input'),
 'erfinv': ('tensor', 'erfinv', 'input'),
 'exp': ('tensor', 'exp', 'input'),
 'exp2': ('tensor', 'exp2', 'input'),
 'exp2_': ('tensor', 'exp2_', 'input'),
 'exp_': ('tensor', 'exp_', 'input'),
 'expm1': ('tensor', 'expm1', 'input'),
 'expm1_': ('tensor', 'expm1_', 'input'),
 'fill_': ('overloaded', 'fill_',
           'one of:\n * (Tensor input, Tensor value)\n * (Tensor input, Number value)\n', True),
 'fix': ('tensor', 'fix', 'input'),
 'fix_': ('tensor', 'fix_', 'input'),
 'flatten': ('tensor', 'flatten', 'input'),
 'flip': ('tensor', 'flip', 'input'),
 'fliplr': ('tensor', 'fliplr', 'input'),
 'flipud': ('tensor', 'flipud', 'input'),
 'floor': ('tensor', 'floor', 'input'),
 'floor_': ('tensor', 'floor_', 'input'),
 'floor_divide': ('overloaded', 'floor_divide',
                  'one of:\n'
                  ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                  ' * (Tensor input, Number other)\n',
                  False),
 'fmax': ('tensor', 'fmax', 'input'),
 'fmin': ('tensor', 'fmin', 'input'),
 'fmod': ('overloaded', 'fmod',
          'one of:\n'
          ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
          ' * (Tensor input, Number other, *, Tensor out = None)\n',
          True),
 'frac': ('tensor', 'frac', 'input'),
 'frac_': ('tensor', 'frac_', 'input'),
 'full_like': ('tensor', 'full_like', 'input'),
 'gather': ('tensor', 'gather', 'input'),
 'ge': ('overloaded', 'ge',
        'one of:\n'
        ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
        ' * (Tensor input, Number other, *, Tensor out = None)\n',
        True),
 'ger': ('tensor', 'ger', 'input'),
 'get_device': ('tensor', 'get_device', 'input'),
 'greater': ('overloaded', 'greater',
             'one of:\n'
             ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
             ' * (Tensor input, Number other, *, Tensor out = None)\n',
             True),
 'greater_equal': ('overloaded', 'greater_equal',
                   'one of:\n'
                   ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                   ' * (Tensor input, Number other, *, Tensor out = None)\n',
                   True),
 'gt': ('overloaded', 'gt',
        'one of:\n'
        ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
        ' * (Tensor input, Number other, *, Tensor out = None)\n',
        True),
 'hardshrink': ('tensor', 'hardshrink', 'input'),
 'heaviside': ('tensor', 'heaviside', 'input'),
 'histc': ('tensor', 'histc', 'input'),
 'histogram': ('tensor', 'histogram', 'input'),
 'hsplit': ('overloaded', 'hsplit',
            'one of:\n * (Tensor input, int sections)\n * (Tensor input, tuple of ints indices)\n', True),
 'hypot': ('tensor', 'hypot', 'input'),
 'i0': ('tensor', 'i0', 'input'),
 'i0_': ('tensor', 'i0_', 'input'),
 'igamma': ('tensor', 'igamma', 'input'),
 'igammac': ('tensor', 'igammac', 'input'),
 'imag': ('tensor', 'imag', 'input'),
 'index_add': ('tensor', 'index_add', 'input'),
 'index_copy': ('tensor', 'index_copy', 'input'),
 'index_fill': ('overloaded', 'index_fill',
                'one of:\n'
                ' * (Tensor input, int dim, Tensor index, Tensor value)\n'
                ' * (Tensor input, int dim, Tensor index, Number value)\n',
                True),
 'index_put': ('tensor', 'index_put', 'input'),
 'index_put_': ('tensor', 'index_put_', 'input'),
 'index_select': ('tensor', 'index_select', 'input'),
 'inner': ('tensor', 'inner', 'input'),
 'inverse': ('tensor', 'inverse', 'input'),
 'is_complex': ('tensor', 'is_complex', 'input'),
 'is_conj': ('tensor', 'is_conj', 'input'),
 'is_floating_point': ('tensor', 'is_floating_point', 'input'),
 'is_inference': ('tensor', 'is_inference', 'input'),
 'is_neg': ('tensor', 'is_neg', 'input'),
 'is_nonzero': ('tensor', 'is_nonzero', 'input'),
 'is_same_size': ('tensor', 'is_same_size', 'input'),
 'is_signed': ('tensor', 'is_signed', 'input'),
 'isclose': ('tensor', 'isclose', 'input'),
 'isfinite': ('tensor', 'isfinite', 'input'),
 'isinf': ('tensor', 'isinf', 'input'),
 'isnan': ('tensor', 'isnan', 'input'),
 'isneginf': ('tensor', 'isneginf', 'input'),
 'isposinf': ('tensor', 'isposinf', 'input'),
 'isreal': ('tensor', 'isreal', 'input'),
 'kl_div': ('tensor', 'kl_div', 'input'),
 'kron': ('tensor', 'kron', 'input'),
 'kthvalue': ('tensor', 'kthvalue', 'input'),
 'layer_norm': ('tensor', 'layer_norm', 'input'),
 'le': ('overloaded', 'le',
        'one of:\n'
        ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
        ' * (Tensor input, Number other, *, Tensor out = None)\n',
        True),
 'lerp': ('overloaded', 'lerp',
          'one of:\n'
          ' * (Tensor input, Tensor end, Tensor weight, *, Tensor out = None)\n'
          ' * (Tensor input, Tensor end, Number weight, *, Tensor out = None)\n',
          True),
 'less': ('overloaded', 'less',
          'one of:\n'
          ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
          ' * (Tensor input, Number other, *, Tensor out = None)\n',
          True),
 'less_equal': ('overloaded', 'less_equal',
                'one of:\n'
                ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                ' * (Tensor input, Number other, *, Tensor out = None)\n',
                True),
 'lgamma': ('tensor', 'lgamma', 'input'),
 'log': ('tensor', 'log', 'input'),
 'log10': ('tensor', 'log10', 'input'),
 'log10_': ('tensor', 'log10_', 'input'),
 'log1p': ('tensor', 'log1p', 'input'),
 'log1p_': ('tensor', 'log1p_', 'input'),
 'log2': ('tensor', 'log2', 'input'),
 'log2_': ('tensor', 'log2_', 'input'),
 'log_': ('tensor', 'log_', 'input'),
 'log_softmax': ('tensor', 'log_softmax', 'input'),
 'logaddexp': ('tensor', 'logaddexp', 'input'),
 'logaddexp2': ('tensor', 'logaddexp2', 'input'),
 'logcumsumexp': ('tensor', 'logcumsumexp', 'input'),
 'logdet': ('tensor', 'logdet', 'input'),
 'logical_and': ('tensor', 'logical_and', 'input'),
 'logical_not': ('tensor', 'logical_not', 'input'),
 'logical_or': ('tensor', 'logical_or', 'input'),
 'logical_xor': ('tensor', 'logical_xor', 'input'),
 'logit': ('tensor', 'logit', 'input'),
 'logit_': ('tensor', 'logit_', 'input'),
 'logsumexp': ('tensor', 'logsumexp', 'input'),
 'lt': ('overloaded', 'lt',
        'one of:\n'
        ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
        ' * (Tensor input, Number other, *, Tensor out = None)\n',
        True),
 'margin_ranking_loss': ('tensor', 'margin_ranking_loss', 'input1'),
 'masked_fill': ('overloaded', 'masked_fill',
                 'one of:\n'
                 ' * (Tensor input, Tensor mask, Tensor value)\n'
                 ' * (Tensor input, Tensor mask, Number value)\n',
                 True),
 'masked_select': ('tensor', 'masked_select', 'input'),
 'matmul': ('tensor', 'matmul', 'input'),
 'matrix_exp': ('tensor', 'matrix_exp', 'input'),
 'matrix_power': ('tensor', 'matrix_power', 'input'),
 'max': ('tensor', 'max', 'input'),
 'max_pool2d': ('tensor', 'max_pool2d', 'input'),
 'maximum': ('tensor', 'maximum', 'input'),
 'mean': ('tensor', 'mean', 'input'),
 'median': ('tensor', 'median', 'input'),
 'min': ('tensor', 'min', 'input'),
 'minimum': ('tensor', 'minimum', 'input'),
 'mm': ('overloaded', 'mm',
        'one of:\n'
        ' * (Tensor input, Tensor mat2, *, Tensor out = None)\n'
        ' * (Tensor input, Tensor mat2, torch.dtype out_dtype, *, Tensor out = None)\n',
        True),
 'mode': ('tensor', 'mode', 'input'),
 'moveaxis': ('overloaded', 'moveaxis',
              'one of:\n'
              ' * (Tensor input, int source, int destination)\n'
              ' * (Tensor input, tuple of ints source, tuple of ints destination)\n',
              True),
 'movedim': ('overloaded', 'movedim',
             'one of:\n'
             ' * (Tensor input, int source, int destination)\n'
             ' * (Tensor input, tuple of ints source, tuple of ints destination)\n',
             True),
 'msort': ('tensor', 'msort', 'input'),
 'multinomial': ('tensor', 'multinomial', 'input'),
 'multiply': ('overloaded', 'multiply',
              'one of:\n'
              ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
              ' * (Tensor input, Number other)\n',
              False),
 'mv': ('tensor', 'mv', 'input'),
 'mvlgamma': ('tensor', 'mvlgamma', 'input'),
 'nan_to_num': ('tensor', 'nan_to_num', 'input'),
 'nan_to_num_': ('tensor', 'nan_to_num_', 'input'),
 'nanmean': ('tensor', 'nanmean', 'input'),
 'nanmedian': ('tensor', 'nanmedian', 'input'),
 'nanquantile': ('overloaded', 'nanquantile',
                 'one of:\n'
                 ' * (Tensor input, Tensor q, int dim = None, bool keepdim = False, *, str interpolation = '
                 '"linear", Tensor out = None)\n'
                 ' * (Tensor input, float q, int dim = None, bool keepdim = False, *, str interpolation = '
                 '"linear", Tensor out = None)\n',
                 True),
 'nansum': ('tensor', 'nansum', 'input'),
 'narrow': ('overloaded', 'narrow',
            'one of:\n'
            ' * (Tensor input, int dim, Tensor start, int length)\n'
            ' * (Tensor input, int dim, int start, int length)\n',
            True),
 'ne': ('overloaded', 'ne',
        'one of:\n'
        ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
        ' * (Tensor input, Number other, *, Tensor out = None)\n',
        True),
 'neg': ('tensor', 'neg', 'input'),
 'neg_': ('tensor', 'neg_', 'input'),
 'negative': ('tensor', 'negative', 'input'),
 'negative_': ('tensor', 'negative_', 'input'),
 'nonzero': ('tensor', 'nonzero', 'input'),
 'not_equal': ('overloaded', 'not_equal',
               'one of:\n'
               ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
               ' * (Tensor input, Number other, *, Tensor out = None)\n',
               True),
 'numel': ('tensor', 'numel', 'input'),
 'ones_like': ('tensor', 'ones_like', 'input'),
 'outer': ('tensor', 'outer', 'input'),
 'pairwise_distance': ('tensor', 'pairwise_distance', 'x1'),
 'permute': ('tensor', 'permute', 'input'),
 'pinverse': ('tensor', 'pinverse', 'input'),
 'poisson': ('tensor', 'poisson', 'input'),
 'positive': ('tensor', 'positive', 'input'),
 'prelu': ('tensor', 'prelu', 'input'),
 'prod': ('tensor', 'prod', 'input'),
 'qr': ('tensor', 'qr', 'input'),
 'quantile': ('overloaded', 'quantile',
              'one of:\n'
              ' * (Tensor input, Tensor q, int dim = None, bool keepdim = False, *, str interpolation = '
              '"linear", Tensor out = None)\n'
              ' * (Tensor input, float q, int dim = None, bool keepdim = False, *, str interpolation = '
              '"linear", Tensor out = None)\n',
              True),
 'rad2deg': ('tensor', 'rad2deg', 'input'),
 'rad2deg_': ('tensor', 'rad2deg_', 'input'),
 'rand_like': ('tensor', 'rand_like', 'input'),
 'randn_like': ('tensor', 'randn_like', 'input'),
 'ravel': ('tensor', 'ravel', 'input'),
 'real': ('tensor', 'real', 'input'),
 'reciprocal': ('tensor', 'reciprocal', 'input'),
 'reciprocal_': ('tensor', 'reciprocal_', 'input'),
 'relu': ('tensor', 'relu', 'input'),
 'relu_': ('tensor', 'relu_', 'input'),
 'renorm': ('tensor', 'renorm', 'input'),
 'repeat_interleave': ('tensor', 'repeat_interleave', 'repeats'),
 'reshape': ('tensor', 'reshape', 'input'),
 'resize_as_': ('tensor', 'resize_as_', 'input'),
 'resolve_conj': ('tensor', 'resolve_conj', 'input'),
 'resolve_neg': ('tensor', 'resolve_neg', 'input'),
 'roll': ('tensor', 'roll', 'input'),
 'rot90': ('tensor', 'rot90', 'input'),
 'round': ('tensor', 'round', 'input'),
 'round_': ('tensor', 'round_', 'input'),
 'rsqrt': ('tensor', 'rsqrt', 'input'),
 'rsqrt_': ('tensor', 'rsqrt_', 'input'),
 'rsub': ('overloaded', 'rsub',
          'one of:\n'
          ' * (Tensor input, Tensor other, *, Number alpha = 1)\n'
          ' * (Tensor input, Number other, Number alpha = 1)\n',
          True),
 'scatter': ('overloaded', 'scatter',
             'one of:\n'
             ' * (Tensor input, int dim, Tensor index, Tensor src, *, Tensor out = None)\n'
             ' * (Tensor input, int dim, Tensor index, Tensor src, *, str reduce, Tensor out = None)\n'
             ' * (Tensor input, int dim, Tensor index, Number value, *, Tensor out = None)\n'
             ' * (Tensor input, int dim, Tensor index, Number value, *, str reduce, Tensor out = None)\n',
             True),
 'scatter_add': ('tensor', 'scatter_add', 'input'),
 'scatter_reduce': ('tensor', 'scatter_reduce', 'input'),
 'searchsorted': ('overloaded', 'searchsorted',
                  'one of:\n'
                  ' * (Tensor sorted_sequence, Tensor input, *, bool out_int32 = False, bool right = False, '
                  'str side = None, Tensor sorter = None, Tensor out = None)\n'
                  ' * (Tensor sorted_sequence, Number self, *, bool out_int32 = False, bool right = False, '
                  'str side = None, Tensor sorter = None, Tensor out = None)\n',
                  True),
 'select': ('tensor', 'select', 'input'),
 'selu': ('tensor', 'selu', 'input'),
 'selu_': ('tensor', 'selu_', 'input'),
 'sgn': ('tensor', 'sgn', 'input'),
 'sigmoid': ('tensor', 'sigmoid', 'input'),
 'sigmoid_': ('tensor', 'sigmoid_', 'input'),
 'sign': ('tensor', 'sign', 'input'),
 'signbit': ('tensor', 'signbit', 'input'),
 'sin': ('tensor', 'sin', 'input'),
 'sin_': ('tensor', 'sin_', 'input'),
 'sinc': ('tensor', 'sinc', 'input'),
 'sinc_': ('tensor', 'sinc_', 'input'),
 'sinh': ('tensor', 'sinh', 'input'),
 'sinh_': ('tensor', 'sinh_', 'input'),
 'slogdet': ('tensor', 'slogdet', 'input'),
 'softmax': ('tensor', 'softmax', 'input'),
 'sort': ('tensor', 'sort', 'input'),
 'sqrt': ('tensor', 'sqrt', 'input'),
 'sqrt_': ('tensor', 'sqrt_', 'input'),
 'square': ('tensor', 'square', 'input'),
 'square_': ('tensor', 'square_', 'input'),
 'squeeze': ('tensor', 'squeeze', 'input'),
 'std': ('overloaded', 'std',
         'one of:\n'
         ' * (Tensor input, tuple of ints dim, bool unbiased = True, bool keepdim = False, *, Tensor out = '
         'None)\n'
         ' * (Tensor input, tuple of ints dim = None, *, Number correction = None, bool keepdim = False, '
         'Tensor out = None)\n'
         ' * (Tensor input, bool unbiased = True)\n',
         True),
 'std_mean': ('overloaded', 'std_mean',
              'one of:\n'
              ' * (Tensor input, tuple of ints dim, bool unbiased = True, bool keepdim = False)\n'
              ' * (Tensor input, tuple of ints dim = None, *, Number correction = None, bool keepdim = '
              'False)\n'
              ' * (Tensor input, bool unbiased = True)\n',
              True),
 'sub': ('overloaded', 'sub', '(Tensor input, Tensor other, *, Number alpha = 1, Tensor out = None)', False),
 'subtract': ('overloaded', 'subtract',
              'one of:\n'
              ' * (Tensor input, Tensor other, *, Number alpha = 1, Tensor out = None)\n'
              ' * (Tensor input, Number other, Number alpha = 1)\n',
              False),
 'sum': ('tensor', 'sum', 'input'),
 'svd': ('tensor', 'svd', 'input'),
 'swapaxes': ('tensor', 'swapaxes', 'input'),
 'swapdims': ('tensor', 'swapdims', 'input'),
 't': ('tensor', 't', 'input'),
 'take': ('tensor', 'take', 'input'),
 'take_along_dim': ('tensor', 'take_along_dim', 'input'),
 'tan': ('tensor', 'tan', 'input'),
 'tan_': ('tensor', 'tan_', 'input'),
 'tanh': ('tensor', 'tanh', 'input'),
 'tanh_': ('tensor', 'tanh_', 'input'),
 'tensor_split': ('overloaded', 'tensor_split',
                  'one of:\n'
                  ' * (Tensor input, tuple of ints indices, int dim = 0)\n'
                  ' * (Tensor input, Tensor tensor_indices_or_sections, int dim = 0)\n'
                  ' * (Tensor input, int sections, int dim = 0)\n',
                  True),
 'threshold': ('tensor', 'threshold', 'input'),
 'threshold_': ('tensor', 'threshold_', 'input'),
 'tile': ('tensor', 'tile', 'input'),
 'topk': ('tensor', 'topk', 'input'),
 'trace': ('tensor', 'trace', 'input'),
 'transpose': ('tensor', 'transpose', 'input'),
 'tril': ('tensor', 'tril', 'input'),
 'triu': ('tensor', 'triu', 'input'),
 'true_divide': ('overloaded', 'true_divide',
                 'one of:\n'
                 ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                 ' * (Tensor input, Number other)\n',
                 False),
 'trunc': ('tensor', 'trunc', 'input'),
 'trunc_': ('tensor', 'trunc_', 'input'),
 'unbind': ('tensor', 'unbind', 'input'),
 'unflatten': ('tensor', 'unflatten', 'input'),
 'unique': ('tensor', '_unique2', 'input'),
 'unsqueeze': ('tensor', 'unsqueeze', 'input'),
 'var': ('overloaded', 'var',
         'one of:\n'
         ' * (Tensor input, tuple of ints dim, bool unbiased = True, bool keepdim = False, *, Tensor out = '
         'None)\n'
         ' * (Tensor input, tuple of ints dim = None, *, Number correction = None, bool keepdim = False, '
         'Tensor out = None)\n'
         ' * (Tensor input, bool unbiased = True)\n',
         True),
 'var_mean': ('overloaded', 'var_mean',
              'one of:\n'
              ' * (Tensor input, tuple of ints dim, bool unbiased = True, bool keepdim = False)\n'
              ' * (Tensor input, tuple of ints dim = None, *, Number correction = None, bool keepdim = '
              'False)\n'
              ' * (Tensor input, bool unbiased = True)\n',
              True),
 'vdot': ('tensor', 'vdot', 'input'),
 'vsplit': ('overloaded', 'vsplit',
            'one of:\n * (Tensor input, int sections)\n * (Tensor input, tuple of ints indices)\n', True),
 'where': ('tensor', 'where', 'condition'),
 'xlogy_': ('overloaded', 'xlogy_',
            'one of:\n * (Tensor input, Tensor other)\n * (Tensor input, Number other)\n', True),
 'zero_': ('tensor', 'zero_', 'input'),
 'zeros_like': ('tensor', 'zeros_like', 'input')}

DIM_EXPECTED = {'max': ('one of:\n'
         ' * (Tensor input, *, Tensor out = None)\n'
         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
         ' * (Tensor input, int dim, bool keepdim = False, *, tuple of Tensors out = None)\n',
         'one of:\n * ()\n * (Tensor other)\n * (int dim, bool keepdim = False)\n'),
 'mean': ('one of:\n'
          ' * (Tensor input, *, torch.dtype dtype = None, Tensor out = None)\n'
          ' * (Tensor input, tuple of ints dim, bool keepdim = False, *, torch.dtype dtype = None, Tensor '
          'out = None)\n',
          'one of:\n'
          ' * (*, torch.dtype dtype = None)\n'
          ' * (tuple of ints dim, bool keepdim = False, *, torch.dtype dtype = None)\n'),
 'min': ('one of:\n'
         ' * (Tensor input, *, Tensor out = None)\n'
         ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
         ' * (Tensor input, int dim, bool keepdim = False, *, tuple of Tensors out = None)\n',
         'one of:\n * ()\n * (Tensor other)\n * (int dim, bool keepdim = False)\n'),
 'prod': ('one of:\n'
          ' * (Tensor input, *, torch.dtype dtype = None)\n'
          ' * (Tensor input, int dim, bool keepdim = False, *, torch.dtype dtype = None, Tensor out = '
          'None)\n',
          'one of:\n'
          ' * (*, torch.dtype dtype = None)\n'
          ' * (int dim, bool keepdim = False, *, torch.dtype dtype = None)\n'),
 'std': ('one of:\n'
         ' * (Tensor input, tuple of ints dim, bool unbiased = True, bool keepdim = False, *, Tensor out = '
         'None)\n'
         ' * (Tensor input, tuple of ints dim = None, *, Number correction = None, bool keepdim = False, '
         'Tensor out = None)\n'
         ' * (Tensor input, bool unbiased = True)\n',
         'one of:\n'
         ' * (tuple of ints dim, bool unbiased = True, bool keepdim = False)\n'
         ' * (tuple of ints dim = None, *, Number correction = None, bool keepdim = False)\n'
         ' * (bool unbiased = True)\n'),
 'sum': ('one of:\n'
         ' * (Tensor input, *, torch.dtype dtype = None)\n'
         ' * (Tensor input, tuple of ints dim, bool keepdim = False, *, torch.dtype dtype = None, Tensor out '
         '= None)\n',
         'one of:\n'
         ' * (*, torch.dtype dtype = None)\n'
         ' * (tuple of ints dim, bool keepdim = False, *, torch.dtype dtype = None)\n'),
 'var': ('one of:\n'
         ' * (Tensor input, tuple of ints dim, bool unbiased = True, bool keepdim = False, *, Tensor out = '
         'None)\n'
         ' * (Tensor input, tuple of ints dim = None, *, Number correction = None, bool keepdim = False, '
         'Tensor out = None)\n'
         ' * (Tensor input, bool unbiased = True)\n',
         'one of:\n'
         ' * (tuple of ints dim, bool unbiased = True, bool keepdim = False)\n'
         ' * (tuple of ints dim = None, *, Number correction = None, bool keepdim = False)\n'
         ' * (bool unbiased = True)\n')}

KEEPDIM = {('function', 'all'): ('all() received an invalid combination of arguments - got (), but expected one of:\n'
                       ' * (Tensor input, *, Tensor out = None)\n'
                       ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, Tensor out = '
                       'None)\n'
                       ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = None)\n',
                       'all() received an invalid combination of arguments - got (), but expected one of:\n'
                       ' * (Tensor input, *, Tensor out = None)\n'
                       ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, Tensor out = '
                       'None)\n'
                       ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = None)\n'),
 ('function', 'amax'): ("amax(): argument 'keepdim' (position 3) must be bool, not {type}",
                        "amax(): argument 'keepdim' must be bool, not {type}"),
 ('function', 'amin'): ("amin(): argument 'keepdim' (position 3) must be bool, not {type}",
                        "amin(): argument 'keepdim' must be bool, not {type}"),
 ('function', 'any'): ('any() received an invalid combination of arguments - got (), but expected one of:\n'
                       ' * (Tensor input, *, Tensor out = None)\n'
                       ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, Tensor out = '
                       'None)\n'
                       ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = None)\n',
                       'any() received an invalid combination of arguments - got (), but expected one of:\n'
                       ' * (Tensor input, *, Tensor out = None)\n'
                       ' * (Tensor input, tuple of ints dim = None, bool keepdim = False, *, Tensor out = '
                       'None)\n'
                       ' * (Tensor input, int dim, bool keepdim = False, *, Tensor out = None)\n'),
 ('function', 'argmax'): ("argmax(): argument 'keepdim' (position 3) must be bool, not {type}",
                          "argmax(): argument 'keepdim' must be bool, not {type}"),
 ('function', 'argmin'): ("argmin(): argument 'keepdim' (position 3) must be bool, not {type}",
                          "argmin(): argument 'keepdim' must be bool, not {type}"),
 ('function', 'logsumexp'): ("logsumexp(): argument 'keepdim' (position 3) must be bool, not {type}",
                             "logsumexp(): argument 'keepdim' must be bool, not {type}"),
 ('function', 'max'): ('max() received an invalid combination of arguments - got (), but expected one of:\n'
                       ' * (Tensor input, *, Tensor out = None)\n'
                       ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                       ' * (Tensor input, int dim, bool keepdim = False, *, tuple of Tensors out = None)\n',
                       'max() received an invalid combination of arguments - got (), but expected one of:\n'
                       ' * (Tensor input, *, Tensor out = None)\n'
                       ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                       ' * (Tensor input, int dim, bool keepdim = False, *, tuple of Tensors out = None)\n'),
 ('function', 'mean'): ('mean() received an invalid combination of arguments - got (), but expected one of:\n'
                        ' * (Tensor input, *, torch.dtype dtype = None, Tensor out = None)\n'
                        ' * (Tensor input, tuple of ints dim, bool keepdim = False, *, torch.dtype dtype = '
                        'None, Tensor out = None)\n',
                        'mean() received an invalid combination of arguments - got (), but expected one of:\n'
                        ' * (Tensor input, *, torch.dtype dtype = None, Tensor out = None)\n'
                        ' * (Tensor input, tuple of ints dim, bool keepdim = False, *, torch.dtype dtype = '
                        'None, Tensor out = None)\n'),
 ('function', 'median'): ("median(): argument 'keepdim' (position 3) must be bool, not {type}",
                          "median(): argument 'keepdim' must be bool, not {type}"),
 ('function', 'min'): ('min() received an invalid combination of arguments - got (), but expected one of:\n'
                       ' * (Tensor input, *, Tensor out = None)\n'
                       ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                       ' * (Tensor input, int dim, bool keepdim = False, *, tuple of Tensors out = None)\n',
                       'min() received an invalid combination of arguments - got (), but expected one of:\n'
                       ' * (Tensor input, *, Tensor out = None)\n'
                       ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
                       ' * (Tensor input, int dim, bool keepdim = False, *, tuple of Tensors out = None)\n'),
 ('function', 'nansum'): ("nansum(): argument 'keepdim' (position 3) must be bool, not {type}",
                          "nansum(): argument 'keepdim' must be bool, not {type}"),
 ('function', 'norm'): (None,
                        "linalg_vector_norm(): argument 'keepdim' (position 4) must be bool, not {type}"),
 ('function', 'prod'): ("prod(): argument 'keepdim' (position 3) must be bool, not {type}",
                        "prod(): argument 'keepdim' must be bool, not {type}"),
 ('function', 'std'): ('std() received an invalid combination of arguments - got (), but expected one of:\n'
                       ' * (Tensor input, tuple of ints dim, bool unbiased = True, bool keepdim = False, *, '
                       'Tensor out = None)\n'
                       ' * (Tensor input, tuple of ints dim = None, *, Number correction = None, bool '
                       'keepdim = False, Tensor out = None)\n'
                       ' * (Tensor input, bool unbiased = True)\n',
                       'std() received an invalid combination of arguments - got (), but expected one of:\n'
                       ' * (Tensor input, tuple of ints dim, bool unbiased = True, bool keepdim = False, *, '
                       'Tensor out = None)\n'
                       ' * (Tensor input, tuple of ints dim = None, *, Number correction = None, bool '
                       'keepdim = False, Tensor out = None)\n'
                       ' * (Tensor input, bool unbiased = True)\n'),
 ('function', 'sum'): ("sum(): argument 'keepdim' (position 3) must be bool, not {type}",
                       "sum(): argument 'keepdim' must be bool, not {type}"),
 ('function', 'var'): ('var() received an invalid combination of arguments - got (), but expected one of:\n'
                       ' * (Tensor input, tuple of ints dim, bool unbiased = True, bool keepdim = False, *, '
                       'Tensor out = None)\n'
                       ' * (Tensor input, tuple of ints dim = None, *, Number correction = None, bool '
                       'keepdim = False, Tensor out = None)\n'
                       ' * (Tensor input, bool unbiased = True)\n',
                       'var() received an invalid combination of arguments - got (), but expected one of:\n'
                       ' * (Tensor input, tuple of ints dim, bool unbiased = True, bool keepdim = False, *, '
                       'Tensor out = None)\n'
                       ' * (Tensor input, tuple of ints dim = None, *, Number correction = None, bool '
                       'keepdim = False, Tensor out = None)\n'
                       ' * (Tensor input, bool unbiased = True)\n'),
 ('method', 'all'): ('all() received an invalid combination of arguments - got (), but expected one of:\n'
                     ' * ()\n'
                     ' * (tuple of ints dim = None, bool keepdim = False)\n'
                     ' * (int dim, bool keepdim = False)\n',
                     'all() received an invalid combination of arguments - got (), but expected one of:\n'
                     ' * ()\n'
                     ' * (tuple of ints dim = None, bool keepdim = False)\n'
                     ' * (int dim, bool keepdim = False)\n'),
 ('method', 'amax'): ("amax(): argument 'keepdim' (position 2) must be bool, not {type}",
                      "amax(): argument 'keepdim' must be bool, not {type}"),
 ('method', 'amin'): ("amin(): argument 'keepdim' (position 2) must be bool, not {type}",
                      "amin(): argument 'keepdim' must be bool, not {type}"),
 ('method', 'any'): ('any() received an invalid combination of arguments - got (), but expected one of:\n'
                     ' * ()\n'
                     ' * (tuple of ints dim = None, bool keepdim = False)\n'
                     ' * (int dim, bool keepdim = False)\n',
                     'any() received an invalid combination of arguments - got (), but expected one of:\n'
                     ' * ()\n'
                     ' * (tuple of ints dim = None, bool keepdim = False)\n'
                     ' * (int dim, bool keepdim = False)\n'),
 ('method', 'argmax'): ("argmax(): argument 'keepdim' (position 2) must be bool, not {type}",
                        "argmax(): argument 'keepdim' must be bool, not {type}"),
 ('method', 'argmin'): ("argmin(): argument 'keepdim' (position 2) must be bool, not {type}",
                        "argmin(): argument 'keepdim' must be bool, not {type}"),
 ('method', 'logsumexp'): ("logsumexp(): argument 'keepdim' (position 2) must be bool, not {type}",
                           "logsumexp(): argument 'keepdim' must be bool, not {type}"),
 ('method', 'max'): ("max(): argument 'keepdim' (position 2) must be bool, not {type}",
                     "max(): argument 'keepdim' must be bool, not {type}"),
 ('method', 'mean'): ("mean(): argument 'keepdim' (position 2) must be bool, not {type}",
                      "mean(): argument 'keepdim' must be bool, not {type}"),
 ('method', 'median'): ("median(): argument 'keepdim' (position 2) must be bool, not {type}",
                        "median(): argument 'keepdim' must be bool, not {type}"),
 ('method', 'min'): ("min(): argument 'keepdim' (position 2) must be bool, not {type}",
                     "min(): argument 'keepdim' must be bool, not {type}"),
 ('method', 'nansum'): ("nansum(): argument 'keepdim' (position 2) must be bool, not {type}",
                        "nansum(): argument 'keepdim' must be bool, not {type}"),
 ('method', 'norm'): (None, "linalg_vector_norm(): argument 'keepdim' (position 4) must be bool, not {type}"),
 ('method', 'prod'): ("prod(): argument 'keepdim' (position 2) must be bool, not {type}",
                      "prod(): argument 'keepdim' must be bool, not {type}"),
 ('method', 'std'): ('std() received an invalid combination of arguments - got (), but expected one of:\n'
                     ' * (tuple of ints dim, bool unbiased = True, bool keepdim = False)\n'
                     ' * (tuple of ints dim = None, *, Number correction = None, bool keepdim = False)\n'
                     ' * (bool unbiased = True)\n',
                     'std() received an invalid combination of arguments - got (), but expected one of:\n'
                     ' * (tuple of ints dim, bool unbiased = True, bool keepdim = False)\n'
                     ' * (tuple of ints dim = None, *, Number correction = None, bool keepdim = False)\n'
                     ' * (bool unbiased = True)\n'),
 ('method', 'sum'): ("sum(): argument 'keepdim' (position 2) must be bool, not {type}",
                     "sum(): argument 'keepdim' must be bool, not {type}"),
 ('method', 'var'): ('var() received an invalid combination of arguments - got (), but expected one of:\n'
                     ' * (tuple of ints dim, bool unbiased = True, bool keepdim = False)\n'
                     ' * (tuple of ints dim = None, *, Number correction = None, bool keepdim = False)\n'
                     ' * (bool unbiased = True)\n',
                     'var() received an invalid combination of arguments - got (), but expected one of:\n'
                     ' * (tuple of ints dim, bool unbiased = True, bool keepdim = False)\n'
                     ' * (tuple of ints dim = None, *, Number correction = None, bool keepdim = False)\n'
                     ' * (bool unbiased = True)\n')}

SPECIAL = {'chebyshev_polynomial_t': ('numbers', 'special_chebyshev_polynomial_t',
                            'one of:\n'
                            ' * (Tensor x, Tensor n, *, Tensor out = None)\n'
                            ' * (Number x, Tensor n, *, Tensor out = None)\n'
                            ' * (Tensor x, Number n, *, Tensor out = None)\n'),
 'chebyshev_polynomial_u': ('numbers', 'special_chebyshev_polynomial_u',
                            'one of:\n'
                            ' * (Tensor x, Tensor n, *, Tensor out = None)\n'
                            ' * (Number x, Tensor n, *, Tensor out = None)\n'
                            ' * (Tensor x, Number n, *, Tensor out = None)\n'),
 'chebyshev_polynomial_v': ('numbers', 'special_chebyshev_polynomial_v',
                            'one of:\n'
                            ' * (Tensor x, Tensor n, *, Tensor out = None)\n'
                            ' * (Number x, Tensor n, *, Tensor out = None)\n'
                            ' * (Tensor x, Number n, *, Tensor out = None)\n'),
 'chebyshev_polynomial_w': ('numbers', 'special_chebyshev_polynomial_w',
                            'one of:\n'
                            ' * (Tensor x, Tensor n, *, Tensor out = None)\n'
                            ' * (Number x, Tensor n, *, Tensor out = None)\n'
                            ' * (Tensor x, Number n, *, Tensor out = None)\n'),
 'digamma': ('tensor', 'special_digamma', 'input'),
 'entr': ('tensor', 'special_entr', 'input'),
 'erf': ('tensor', 'special_erf', 'input'),
 'erfc': ('tensor', 'special_erfc', 'input'),
 'erfcx': ('tensor', 'special_erfcx', 'input'),
 'erfinv': ('tensor', 'special_erfinv', 'input'),
 'exp2': ('tensor', 'special_exp2', 'input'),
 'expit': ('tensor', 'special_expit', 'input'),
 'expm1': ('tensor', 'special_expm1', 'input'),
 'gammainc': ('tensor', 'special_gammainc', 'input'),
 'gammaincc': ('tensor', 'special_gammaincc', 'input'),
 'gammaln': ('tensor', 'special_gammaln', 'input'),
 'hermite_polynomial_h': ('numbers', 'special_hermite_polynomial_h',
                          'one of:\n'
                          ' * (Tensor x, Tensor n, *, Tensor out = None)\n'
                          ' * (Number x, Tensor n, *, Tensor out = None)\n'
                          ' * (Tensor x, Number n, *, Tensor out = None)\n'),
 'hermite_polynomial_he': ('numbers', 'special_hermite_polynomial_he',
                           'one of:\n'
                           ' * (Tensor x, Tensor n, *, Tensor out = None)\n'
                           ' * (Number x, Tensor n, *, Tensor out = None)\n'
                           ' * (Tensor x, Number n, *, Tensor out = None)\n'),
 'i0': ('tensor', 'special_i0', 'input'),
 'i0e': ('tensor', 'special_i0e', 'input'),
 'i1': ('tensor', 'special_i1', 'input'),
 'i1e': ('tensor', 'special_i1e', 'input'),
 'laguerre_polynomial_l': ('numbers', 'special_laguerre_polynomial_l',
                           'one of:\n'
                           ' * (Tensor x, Tensor n, *, Tensor out = None)\n'
                           ' * (Number x, Tensor n, *, Tensor out = None)\n'
                           ' * (Tensor x, Number n, *, Tensor out = None)\n'),
 'legendre_polynomial_p': ('numbers', 'special_legendre_polynomial_p',
                           'one of:\n'
                           ' * (Tensor x, Tensor n, *, Tensor out = None)\n'
                           ' * (Number x, Tensor n, *, Tensor out = None)\n'
                           ' * (Tensor x, Number n, *, Tensor out = None)\n'),
 'log1p': ('tensor', 'special_log1p', 'input'),
 'log_ndtr': ('tensor', 'special_log_ndtr', 'input'),
 'log_softmax': ('tensor', 'special_log_softmax', 'input'),
 'logit': ('tensor', 'special_logit', 'input'),
 'logsumexp': ('tensor', 'special_logsumexp', 'input'),
 'modified_bessel_i0': ('tensor', 'special_modified_bessel_i0', 'input'),
 'modified_bessel_i1': ('tensor', 'special_modified_bessel_i1', 'input'),
 'multigammaln': ('tensor', 'special_multigammaln', 'input'),
 'ndtr': ('tensor', 'special_ndtr', 'input'),
 'ndtri': ('tensor', 'special_ndtri', 'input'),
 'psi': ('tensor', 'special_psi', 'input'),
 'round': ('tensor', 'special_round', 'input'),
 'shifted_chebyshev_polynomial_t': ('numbers', 'special_shifted_chebyshev_polynomial_t',
                                    'one of:\n'
                                    ' * (Tensor x, Tensor n, *, Tensor out = None)\n'
                                    ' * (Number x, Tensor n, *, Tensor out = None)\n'
                                    ' * (Tensor x, Number n, *, Tensor out = None)\n'),
 'shifted_chebyshev_polynomial_u': ('numbers', 'special_shifted_chebyshev_polynomial_u',
                                    'one of:\n'
                                    ' * (Tensor x, Tensor n, *, Tensor out = None)\n'
                                    ' * (Number x, Tensor n, *, Tensor out = None)\n'
                                    ' * (Tensor x, Number n, *, Tensor out = None)\n'),
 'shifted_chebyshev_polynomial_v': ('numbers', 'special_shifted_chebyshev_polynomial_v',
                                    'one of:\n'
                                    ' * (Tensor x, Tensor n, *, Tensor out = None)\n'
                                    ' * (Number x, Tensor n, *, Tensor out = None)\n'
                                    ' * (Tensor x, Number n, *, Tensor out = None)\n'),
 'shifted_chebyshev_polynomial_w': ('numbers', 'special_shifted_chebyshev_polynomial_w',
                                    'one of:\n'
                                    ' * (Tensor x, Tensor n, *, Tensor out = None)\n'
                                    ' * (Number x, Tensor n, *, Tensor out = None)\n'
                                    ' * (Tensor x, Number n, *, Tensor out = None)\n'),
 'sinc': ('tensor', 'special_sinc', 'input'),
 'softmax': ('tensor', 'special_softmax', 'input'),
 'spherical_bessel_j0': ('tensor', 'special_spherical_bessel_j0', 'x'),
 'xlog1py': ('numbers', 'special_xlog1py',
             'one of:\n'
             ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
             ' * (Number self, Tensor other, *, Tensor out = None)\n'
             ' * (Tensor input, Number other, *, Tensor out = None)\n'),
 'xlogy': ('numbers', 'special_xlogy',
           'one of:\n'
           ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
           ' * (Number self, Tensor other, *, Tensor out = None)\n'
           ' * (Tensor input, Number other, *, Tensor out = None)\n'),
 'zeta': ('numbers', 'special_zeta',
          'one of:\n'
          ' * (Tensor input, Tensor other, *, Tensor out = None)\n'
          ' * (Number self, Tensor other, *, Tensor out = None)\n'
          ' * (Tensor input, Number other, *, Tensor out = None)\n')}
